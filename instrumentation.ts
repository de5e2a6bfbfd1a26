// Runs once when the server starts. The Node.js checks live in their own module so the
// Edge build never sees process.exit.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await (await import("./instrumentation-node")).start();
}
