import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Replays a Dockerfile without a Docker engine: each stage is a folder, its COPY steps copy from the build context
 * (honouring .dockerignore) or from an earlier stage's folder, its RUN steps run with sh in that folder. What cannot
 * run here is named with its reason (see `replaceRun`), never silently dropped.
 */

export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

export interface Stage {
  name: string;
  from: string;
  instructions: Instruction[];
}

/** Stages of a Dockerfile, their instructions with continuation lines joined and comments dropped. */
export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i].trim();
    if (!line || line.startsWith('#')) continue;
    while (line.endsWith('\\')) line = `${line.slice(0, -1).trimEnd()} ${lines[++i].trim()}`;
    const [, keyword, args] = /^(\w+)\s+([\s\S]*)$/.exec(line) ?? [];
    if (!keyword) throw new Error(`Dockerfile line ${start + 1}: cannot read "${line}"`);
    if (keyword.toUpperCase() === 'FROM') {
      const [, image, name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args) ?? [];
      stages.push({ name: name ?? String(stages.length), from: image, instructions: [] });
      continue;
    }
    if (!stages.length) throw new Error(`Dockerfile line ${start + 1}: ${keyword} before FROM`);
    stages[stages.length - 1].instructions.push({ keyword: keyword.toUpperCase(), args, line: start + 1 });
  }
  return stages;
}

/** `.dockerignore` patterns as the few forms this repository uses: `name`, `dir/name`, `**\/name`, `**\/*.ext`. */
function ignoredBy(patterns: string[]): (relative: string) => boolean {
  const regexes = patterns.map((p) => {
    const escaped = p
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*\//g, '(?:.*/)?')
      .replace(/\*/g, '[^/]*');
    return new RegExp(`^${escaped}(?:/.*)?$`);
  });
  return (relative) => regexes.some((r) => r.test(relative));
}

export function readDockerignore(context: string): (relative: string) => boolean {
  const file = path.join(context, '.dockerignore');
  const patterns = fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
    : [];
  return ignoredBy(patterns);
}

/** Docker's COPY: a folder's contents into the destination folder, a file into a folder (dest ends in /) or onto a name. */
function copy(from: string, to: string, skip: (absolute: string) => boolean): void {
  if (!fs.existsSync(from)) throw new Error(`COPY: ${from} does not exist at this step`);
  const stat = fs.lstatSync(from);
  if (stat.isSymbolicLink()) {
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.symlinkSync(fs.readlinkSync(from), to);
  } else if (stat.isDirectory()) {
    fs.mkdirSync(to, { recursive: true });
    for (const entry of fs.readdirSync(from)) {
      const source = path.join(from, entry);
      if (!skip(source)) copy(source, path.join(to, entry), skip);
    }
  } else {
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
  }
}

export interface ReplayOptions {
  /** The build context (the repository root). */
  context: string;
  /** A scratch folder; each stage gets a folder in it. */
  scratch: string;
  /**
   * A RUN step this machine cannot run as written: return what the step stands for (a function run in the stage's
   * folder) and why, or null to run it with sh.
   */
  replaceRun: (command: string) => { reason: string; run?: (dir: string) => void } | null;
}

export interface ReplayedStage {
  stage: Stage;
  dir: string;
  env: Record<string, string>;
  user: string | null;
  cmd: string[] | null;
  healthcheck: string | null;
  /** RUN steps not run as written, with the reason. */
  replaced: { command: string; reason: string }[];
}

function parseEnv(args: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const match of args.matchAll(/(\w+)=("[^"]*"|\S+)/g)) env[match[1]] = match[2].replace(/^"|"$/g, '');
  return env;
}

export function replay(stages: Stage[], options: ReplayOptions): ReplayedStage[] {
  const ignored = readDockerignore(options.context);
  const done: ReplayedStage[] = [];
  for (const stage of stages) {
    const root = path.join(options.scratch, stage.name);
    fs.mkdirSync(root, { recursive: true });
    // The image's absolute paths live under the stage's folder.
    const inStage = (dir: string, target: string) => (path.isAbsolute(target) ? path.join(root, target) : path.join(dir, target));
    const state: ReplayedStage = { stage, dir: root, env: {}, user: null, cmd: null, healthcheck: null, replaced: [] };
    for (const { keyword, args, line } of stage.instructions) {
      const where = `Dockerfile line ${line} (${stage.name})`;
      if (keyword === 'WORKDIR') {
        state.dir = inStage(state.dir, args);
        fs.mkdirSync(state.dir, { recursive: true });
      } else if (keyword === 'ENV') {
        Object.assign(state.env, parseEnv(args));
      } else if (keyword === 'USER') {
        state.user = args.trim();
      } else if (keyword === 'CMD') {
        state.cmd = JSON.parse(args);
      } else if (keyword === 'HEALTHCHECK') {
        state.healthcheck = /\bCMD\s+(.*)$/.exec(args)?.[1] ?? null;
      } else if (keyword === 'COPY') {
        const words = args.split(/\s+/);
        const fromStage = words.find((w) => w.startsWith('--from='))?.slice('--from='.length);
        const paths = words.filter((w) => !w.startsWith('--'));
        const dest = paths.pop()!;
        const source = fromStage ? done.find((s) => s.stage.name === fromStage) : null;
        if (fromStage && !source) throw new Error(`${where}: no earlier stage ${fromStage}`);
        for (const src of paths) {
          const from = source ? path.join(options.scratch, fromStage!, src) : path.join(options.context, src);
          const skip = source ? () => false : (absolute: string) => ignored(path.relative(options.context, absolute));
          if (!source && ignored(src)) throw new Error(`${where}: ${src} is left out of the context by .dockerignore`);
          const target = inStage(state.dir, dest);
          const intoFolder = dest.endsWith('/') || dest === '.' || paths.length > 1;
          try {
            copy(from, fs.statSync(from).isDirectory() || !intoFolder ? target : path.join(target, path.basename(src)), skip);
          } catch (error) {
            throw new Error(`${where}: COPY ${src} failed: ${(error as Error).message}`, { cause: error });
          }
        }
      } else if (keyword === 'RUN') {
        const replacement = options.replaceRun(args);
        if (replacement) {
          state.replaced.push({ command: args, reason: replacement.reason });
          try {
            replacement.run?.(state.dir);
          } catch (error) {
            throw new Error(`${where}: RUN ${args} (replayed: ${replacement.reason}) failed: ${(error as Error).message}`, {
              cause: error,
            });
          }
          continue;
        }
        try {
          execFileSync('sh', ['-c', args], {
            cwd: state.dir,
            env: { ...process.env, ...state.env },
            stdio: 'pipe',
            maxBuffer: 64 * 1024 * 1024,
          });
        } catch (error) {
          const e = error as { stdout?: Buffer; stderr?: Buffer; message: string };
          throw new Error(
            `${where}: RUN ${args} failed: ${e.message}\n${e.stdout?.toString().slice(-3000)}\n${e.stderr?.toString().slice(-3000)}`,
            { cause: error },
          );
        }
      } else if (!['EXPOSE', 'ARG', 'LABEL'].includes(keyword)) {
        throw new Error(`${where}: the replay does not know ${keyword}`);
      }
    }
    done.push(state);
  }
  return done;
}
