// A CPU profile of exactly the load a bench case puts on a server (npm run bench -- --profile):
// loaded into the server's processes with NODE_OPTIONS=--import=<this file> and
// CAMPUSTIME_PROFILE_DIR=<folder>, it starts the V8 profiler on the first SIGUSR2 and writes
// <folder>/<pid>.cpuprofile on the next, so start-up and warm-up are not in the profile (which
// `node --cpu-prof`, profiling the whole life of the process, cannot leave out). Nothing happens
// without CAMPUSTIME_PROFILE_DIR.
import fs from "node:fs";
import inspector from "node:inspector";
import path from "node:path";

const dir = process.env.CAMPUSTIME_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  const post = (method, params = {}) =>
    new Promise((resolve, reject) =>
      session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))),
    );
  let running = false;
  process.on("SIGUSR2", async () => {
    running = !running;
    if (running) {
      await post("Profiler.enable");
      await post("Profiler.setSamplingInterval", { interval: 1000 }); // µs, as --cpu-prof
      await post("Profiler.start");
    } else {
      const { profile } = await post("Profiler.stop");
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(profile));
    }
  });
}
