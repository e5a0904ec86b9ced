// Public surface of the Baileys transport.
export { createBaileysTransport } from './transport.js';
export type { BaileysTransport, BaileysTransportDeps, ConnectionState, TransportAlert } from './transport.js';
export type { SocketLike, SocketOptions, CreateSocket } from './socket.js';
export type { PairingInfo, PairingState, PairingPresenter } from './pairing.js';
export type { BaileysCounters, BaileysMetricsSink, DeliveryOutcome } from './stats.js';
export type { Clock, Timer, RandomSource } from './clock.js';
export { MediaTooLargeError } from './media.js';
export { MediaRefusedError } from '../../media/policy.js';
export { decideOnClose, backoffDelay } from './reconnect-policy.js';
