/** Types of teamServer.mjs (plain JavaScript, so Node 20 runs it without a build). */
export const REFUSAL: { unknownPlan: 'unknown-plan'; wrongToken: 'wrong-token' }
export function databasePath(dataDir: string): string
export function createPlanToken(dataDir: string, planId: string): string
export function revokePlanToken(dataDir: string, planId: string): boolean
export interface TeamServer {
  port: number
  url: string
  isLoaded(planId: string): boolean
  stop(): Promise<void>
}
export function startTeamServer(options: {
  port?: number
  host?: string
  dataDir: string
  quiet?: boolean
  debounce?: number
}): Promise<TeamServer>
