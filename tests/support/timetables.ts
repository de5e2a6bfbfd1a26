import { expect } from "vitest";
import { api, type TestUser } from "./api";
import { SEMESTER } from "../api/lectures-fixtures";

/** POST /api/v1/timetables, expected to succeed; the new timetable's body. */
export async function newTimetable(user: TestUser, name = "시간표 1", semester: string = SEMESTER) {
  const res = await api("POST", "/api/v1/timetables", {
    token: user.token,
    body: { name, semester },
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
}
