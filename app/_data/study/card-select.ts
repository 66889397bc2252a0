// The Card columns that make up its FSRS state (plus the leech flag), selected wherever a card is scheduled or shown.
import { CARD_STATE_FIELDS } from "../../_domain/srs/card-state";
import { selectColumns } from "../db-helpers/select-columns";

export const cardStateSelect = { ...selectColumns(CARD_STATE_FIELDS), leech: true } as const;
