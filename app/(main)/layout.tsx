import { SiteHeader } from "@/components/layout/site-header";
import { ServiceWorkerRegistration } from "@/components/push/service-worker";
import { getUnreadCounts, requireViewer } from "@/lib/auth/viewer";
import { getSchoolName } from "@/lib/schools/service";
import { VerifyBanner } from "@/components/verification/verify-banner";

// Every page in (main) needs a signed-in user; the proxy redirects earlier, this is the check.
export default async function MainLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer("account");
  // The unread counts came with the session (one statement): lib/auth/viewer.ts.
  const [schoolName, unread] = await Promise.all([
    getSchoolName(viewer.schoolId),
    getUnreadCounts(),
  ]);
  return (
    <>
      <a href="#main" className="skip-link">
        본문으로 건너뛰기
      </a>
      <SiteHeader schoolName={schoolName} nickname={viewer.nickname} unread={unread} />
      <VerifyBanner level={viewer.verification} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-4 outline-none">
        {children}
      </main>
      <ServiceWorkerRegistration />
    </>
  );
}
