// Test-only preload for the fault suite (`node --import`): freezes the service process at named
// points, so that a test can SIGKILL it with a job half done, exactly there. Production code has no
// hook: the points are BullMQ's own processor call and ioredis' command dispatch.
//
// LOKET_FREEZE is a JSON list of points; each freezes the first time it is reached, writes
// `<REDIS_PREFIX>:freeze:<name>` (the job id, or the key) and never returns:
//   { name, queue, jobId? }  a BullMQ job whose processor has finished, before BullMQ records it done
//   { name, command, key }   a Redis command (zrem, del…) whose first key contains `key`, before it is sent
//   { name, command, key, after: true }   the same, once Redis has done it, before the caller hears back
import { Worker, type Job } from 'bullmq';
import { Redis, type Command } from 'ioredis';

interface JobPoint { name: string; queue: string; jobId?: string }
interface CommandPoint { name: string; command: string; key: string; after?: boolean }
type FreezePoint = JobPoint | CommandPoint;

const points = JSON.parse(process.env.LOKET_FREEZE ?? '[]') as FreezePoint[];
const reached = new Set<string>();
let marker: Redis | undefined;

/** Writes the marker on its own connection (created unpatched: its key never matches a point). */
function freeze(point: FreezePoint, what: string): Promise<never> {
  reached.add(point.name);
  marker ??= new Redis(process.env.REDIS_URL ?? '', { maxRetriesPerRequest: null });
  void marker.set(`${process.env.REDIS_PREFIX ?? 'loket'}:freeze:${point.name}`, what);
  return new Promise<never>(() => undefined);
}

function jobPoint(queue: string, job: Job): JobPoint | undefined {
  return points.find((p): p is JobPoint => 'queue' in p && !reached.has(p.name) && p.queue === queue && (p.jobId === undefined || p.jobId === job.id));
}

function commandPoint(command: Command): CommandPoint | undefined {
  const key = String(command.args[0] ?? '');
  return points.find((p): p is CommandPoint => 'command' in p && !reached.has(p.name) && p.command === command.name && key.includes(p.key));
}

type CallProcessJob = (this: Worker, job: Job, token: string, signal?: AbortSignal) => Promise<unknown>;
const workerProto = Worker.prototype as unknown as { callProcessJob: CallProcessJob };
const callProcessJob = workerProto.callProcessJob;
workerProto.callProcessJob = async function frozenAfter(this: Worker, job, token, signal) {
  const result = await callProcessJob.call(this, job, token, signal);
  const point = jobPoint(this.name, job);
  return point ? freeze(point, job.id ?? '') : result;
};

type SendCommand = (this: Redis, command: Command, stream?: unknown) => Promise<unknown>;
const redisProto = Redis.prototype as unknown as { sendCommand: SendCommand };
const sendCommand = redisProto.sendCommand;
redisProto.sendCommand = function frozenAround(this: Redis, command, stream) {
  const point = commandPoint(command);
  if (!point) return sendCommand.call(this, command, stream);
  const key = String(command.args[0] ?? '');
  if (!point.after) return freeze(point, key);
  reached.add(point.name);
  return sendCommand.call(this, command, stream).then(() => freeze(point, key));
};
