"use client";

import { useEffect } from "react";
import { registerServiceWorker } from "./push-client";

/**
 * Registers /sw.js on every signed-in page (the offline fallback, and push once 알림 받기 is on).
 * Registering asks for nothing: permission is asked only by 알림 받기 (내 정보 › 알림).
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    void registerServiceWorker();
  }, []);
  return null;
}
