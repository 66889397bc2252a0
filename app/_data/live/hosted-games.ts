// A teacher's past and running games, for the teacher's index page (which links each to its host screen).
import type { Db } from "../prisma-client";

export interface HostedGame {
  sessionId: string;
  title: string;
  joinCode: string;
  status: "lobby" | "question" | "reveal" | "finished";
  createdAt: Date;
  playerCount: number;
}

export async function listHostedGamesOf(db: Db, hostId: string, take = 50): Promise<HostedGame[]> {
  const rows = await db.liveSession.findMany({
    where: { hostId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, title: true, joinCode: true, status: true, createdAt: true, _count: { select: { players: { where: { removed: false } } } } },
  });
  return rows.map((r) => ({ sessionId: r.id, title: r.title, joinCode: r.joinCode, status: r.status, createdAt: r.createdAt, playerCount: r._count.players }));
}
