/** What bench-server.ts prints once it is listening. */
export type BenchServerInfo = {
  port: number;
  to: string;
  tagCode: string;
  authToken: string;
  publicUrl: string;
  driver: string;
};
