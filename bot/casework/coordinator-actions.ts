// The coordinators' actions that change cases or people, as the group's commands: TUGASKAN/ALIHKAN,
// NAIKKAN, TAMBAH OPERATOR, NONAKTIF, OSS GANGGUAN/NORMAL and SIARAN. Parsing, refusals for
// non-coordinators and usage are coordinator-chat.ts's; what each command does is in workers/.
import type { RedisClient } from '../../workers/platform/redis-client.js';
import type { VillageIndex } from '../../flows/area/villages.js';
import { Announcer } from '../../workers/broadcast/announcer.js';
import type { AudienceStore } from '../../workers/broadcast/audience.js';
import type { BroadcastQueue } from '../../workers/broadcast/broadcast.js';
import type { CaseStore } from '../../workers/cases/store.js';
import type { Casework } from '../../workers/casework/casework.js';
import { Coordination, type Command } from '../../workers/casework/coordination.js';
import { OssOutage } from '../../workers/casework/oss-outage.js';
import { PlanStore } from '../../workers/casework/plans.js';
import type { Logger } from '../../workers/platform/logger.js';
import type { RosterStore } from '../../workers/staff/roster.js';
import type { CoordinatorActions, CoordinatorContext } from './coordinator-chat.js';

export interface CoordinatorActionsDeps {
  redis: RedisClient;
  prefix: string;
  casework: Casework;
  cases: CaseStore;
  roster: RosterStore;
  villages: VillageIndex;
  /** Why an area code is not served here (as the admin API checks it), or undefined. */
  areaProblem: (code: string) => string | undefined;
  audience: AudienceStore;
  letters: BroadcastQueue;
  /** BROADCAST_RATE_PER_MINUTE: how fast a SIARAN goes out. */
  broadcastPerMinute: number;
  clock: () => number;
  logger: Logger;
}

function commandOf(context: CoordinatorContext): Command {
  return { group: context.group, actor: context.actor, cause: context.entryId };
}

export function createCoordinatorActions(deps: CoordinatorActionsDeps): CoordinatorActions {
  const plans = new PlanStore(deps.redis, deps.prefix);
  const coordination = new Coordination({ ...deps, plans });
  const outage = new OssOutage({ ...deps, plans });
  const announcer = new Announcer({ audience: deps.audience, letters: deps.letters, perMinute: deps.broadcastPerMinute, logger: deps.logger });
  return {
    reassign: (command, context) => coordination.reassign(commandOf(context), command.caseId, command.operator),
    escalate: (command, context) => coordination.escalate(commandOf(context), command.caseId),
    add_operator: (command, context) => coordination.addOperator(commandOf(context), { phone: command.phone, area: command.area, name: command.memberName }),
    deactivate: (command, context) => coordination.deactivate(commandOf(context), command.phone),
    oss_status: (command, context) => (command.down ? outage.down(commandOf(context)) : outage.up(commandOf(context))),
    broadcast: (command, context) => announcer.broadcast(commandOf(context), command.text),
  };
}
