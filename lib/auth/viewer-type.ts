/**
 * The signed-in user as every service sees them. Its own module so that the session reader
 * (sessions.ts) can name it without importing viewer.ts, which imports the session reader.
 */
export type Viewer = {
  id: number;
  schoolId: number;
  nickname: string;
  isAdmin: boolean;
};
