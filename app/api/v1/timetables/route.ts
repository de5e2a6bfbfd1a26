// GET, POST /api/v1/timetables — my timetables (?semester=), create one { name, semester }
import { created, withApi } from "@/lib/http/with-api";
import { createTimetable, listMyTimetables } from "@/lib/timetable/service";
import { createTimetableSchema, timetableListQuerySchema } from "@/lib/timetable/schemas";

export const GET = withApi(
  async ({ viewer, query }) => {
    const { semester } = query(timetableListQuerySchema);
    // A student has a handful of timetables: one page, always complete.
    return { items: await listMyTimetables(viewer, semester), nextCursor: null };
  },
  { access: "freshman" },
);

export const POST = withApi(
  async ({ viewer, body }) =>
    created(await createTimetable(viewer, await body(createTimetableSchema))),
  { access: "freshman" },
);
