// pg_dump / pg_restore: the newest installed major version (Debian keeps them in
// /usr/lib/postgresql/<major>/bin; /usr/bin's wrappers pick by cluster), else the PATH.
import fs from "node:fs";

export function pgTool(name) {
  const base = "/usr/lib/postgresql";
  if (fs.existsSync(base)) {
    const majors = fs
      .readdirSync(base)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of majors)
      if (fs.existsSync(`${base}/${v}/bin/${name}`)) return `${base}/${v}/bin/${name}`;
  }
  return name;
}
