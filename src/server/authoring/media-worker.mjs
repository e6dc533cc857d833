// Entry of the media worker threads (piscina). Worker threads do not inherit tsx's loader, so the
// TypeScript task is loaded through tsx's API, as scenes:render does for its workers.
import { tsImport } from 'tsx/esm/api';

const task = tsImport('./media-task.ts', import.meta.url);

export default async function run(job) {
  return (await task).runMediaJob(job);
}
