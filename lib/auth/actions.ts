"use server";

import { signOut } from "@/lib/auth/auth";

/** 로그아웃 from the navigation: ends the next-auth session and goes to /login. */
export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}
