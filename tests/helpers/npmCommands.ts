// The README's commands as a newcomer runs them: `npm run …` / `npm start` as child processes
// in their own process groups, stdin ignored (nobody can answer a prompt), with the shell a
// newcomer has (no NODE_ENV, no secret). A long-running one is stopped by SIGTERM to its group.
import { spawn } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')

/** What Payload prints when it waits for an answer on stdin. */
export const PROMPT = /Would you like to proceed|\(y\/N\)/

export type Ended = { code: number | null; signal: NodeJS.Signals | null }

/** A newcomer's shell: no NODE_ENV (jest sets it to test), no secret; the database in `dir`. */
export const newcomerEnv = (dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv =>
  ({
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    DATABASE_URL: `file:${join(dir, 'space.db')}`,
    HOST: '127.0.0.1',
    NPM_CONFIG_UPDATE_NOTIFIER: 'false',
    ...extra,
  }) as unknown as NodeJS.ProcessEnv

/** True while any process of the group is alive. */
export const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

const until = async (what: string, ready: () => boolean | Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (!(await ready())) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** Runs a shell command line to its end in its own group, stdin ignored; fails if it outlives timeoutMs. */
export const runToEnd = (commandLine: string, env: NodeJS.ProcessEnv, timeoutMs = 240_000) =>
  new Promise<Ended & { stdout: string; stderr: string }>((done, fail) => {
    const child = spawn('sh', ['-c', commandLine], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const timer = setTimeout(() => {
      if (groupAlive(child.pid!)) process.kill(-child.pid!, 'SIGKILL')
      fail(
        new Error(
          `\`${commandLine}\` did not end within ${timeoutMs} ms (waiting on a prompt?):\n${stdout}\n${stderr}`,
        ),
      )
    }, timeoutMs)
    child.once('error', fail)
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      done({ code, signal, stdout, stderr })
    })
  })

export type RunningCommand = {
  pid: number
  /** Everything printed so far, stdout and stderr interleaved. */
  output: () => string
  /** How the command's own process ended, or undefined while it runs. */
  ended: () => Ended | undefined
  /** SIGTERM to the whole group; resolves once every process of it has exited (SIGKILL after graceMs). */
  stop: (graceMs?: number) => Promise<Ended>
}

/**
 * Starts a long-running npm script (`npm start`) in its own process group, stdin ignored, and
 * resolves once http://127.0.0.1:<port>/healthz answers 200. Throws, after stopping the group,
 * when the command ends first or prints a prompt.
 */
export const startNpmScript = async (
  script: string,
  env: NodeJS.ProcessEnv,
  port: number,
  timeoutMs = 240_000,
): Promise<RunningCommand> => {
  const args = script === 'start' ? ['start'] : ['run', script]
  const child = spawn('npm', args, {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let log = ''
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => (log += d))
  let end: Ended | undefined
  const exited = new Promise<Ended>((r) =>
    child.once('exit', (code, signal) => r((end = { code, signal }))),
  )
  const running: RunningCommand = {
    pid: child.pid!,
    output: () => log,
    ended: () => end,
    stop: async (graceMs = 30_000) => {
      if (groupAlive(child.pid!)) process.kill(-child.pid!, 'SIGTERM')
      await until(`npm ${args.join(' ')} to stop`, () => !groupAlive(child.pid!), graceMs).catch(
        () => {
          if (groupAlive(child.pid!)) process.kill(-child.pid!, 'SIGKILL')
        },
      )
      return exited
    },
  }
  try {
    await until(
      `npm ${args.join(' ')} to answer /healthz`,
      async () => {
        if (end)
          throw new Error(
            `npm ${args.join(' ')} exited (${end.code ?? end.signal}) before answering /healthz:\n${log}`,
          )
        if (PROMPT.test(log))
          throw new Error(`npm ${args.join(' ')} is asking a question nobody can answer:\n${log}`)
        const res = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null)
        return Boolean(res?.ok)
      },
      timeoutMs,
    )
  } catch (err) {
    await running.stop()
    throw err
  }
  return running
}
