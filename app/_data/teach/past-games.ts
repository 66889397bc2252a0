// The live games a teacher has hosted, newest first, for the list on /teach (each links to its host
// screen and report). Only the columns the list shows.
import type { Db } from "../prisma-client";

export type PastGameView = { id: string; joinCode: string; status: string; createdAt: Date; quizTitle: string | null; players: number };

export async function listPastGames(db: Db, hostId: string, take = 50): Promise<PastGameView[]> {
  const rows = await db.liveSession.findMany({
    where: { hostId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take,
    select: { id: true, joinCode: true, status: true, createdAt: true, quiz: { select: { title: true } }, _count: { select: { players: true } } },
  });
  return rows.map((r) => ({ id: r.id, joinCode: r.joinCode, status: r.status, createdAt: r.createdAt, quizTitle: r.quiz?.title ?? null, players: r._count.players }));
}
