import { signOutAction } from "@/lib/auth/actions";
import { ActionForm } from "@/components/ui/action-form";

export function SignOutButton() {
  return (
    <ActionForm action={signOutAction}>
      <button
        type="submit"
        className="rounded-md border border-gray-300 px-2.5 py-1 text-gray-700 hover:bg-gray-100"
      >
        로그아웃
      </button>
    </ActionForm>
  );
}
