import { EntrepreneurCheckinNote } from './entrepreneur-checkin-note.entity';
import { PeerVisitMember } from './peer-visit-member.entity';
import { PeerVisitMirrorResponse } from './peer-visit-mirror-response.entity';
import { PeerVisitNoteConflict } from './peer-visit-note-conflict.entity';
import { PeerVisitNoteReceipt } from './peer-visit-note-receipt.entity';
import { PeerVisitNote } from './peer-visit-note.entity';
import { PeerVisitPractice } from './peer-visit-practice.entity';
import { PeerVisit } from './peer-visit.entity';

/** The module's tables, registered once in engine/database/entities.ts. */
export const PEER_VISIT_ENTITIES = [
  PeerVisit,
  PeerVisitMember,
  PeerVisitNote,
  PeerVisitNoteReceipt,
  PeerVisitNoteConflict,
  PeerVisitMirrorResponse,
  PeerVisitPractice,
  EntrepreneurCheckinNote,
];
