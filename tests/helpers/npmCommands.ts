// The README's commands as a newcomer runs them: `npm run …` / `npm start` as child processes
// in their own process groups, stdin ignored (nobody can answer a prompt), with the shell a
// newcomer has (no NODE_ENV, no secret). A long-running one is stopped by SIGTERM to its group.
// A command that prints a prompt fails at once; the time limits only stop a command that hangs.
import { spawn } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { waitForHealth } from '@/harness/startProduct'
import { eventually } from './eventually'

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

/**
 * Runs a shell command line to its end in its own group, stdin ignored. Fails as soon as it
 * prints a prompt nobody can answer, or (hung) when it outlives timeoutMs.
 */
export const runToEnd = (commandLine: string, env: NodeJS.ProcessEnv, timeoutMs = 480_000) =>
  new Promise<Ended & { stdout: string; stderr: string }>((done, fail) => {
    const child = spawn('sh', ['-c', commandLine], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let stdout = ''
    let stderr = ''
    const giveUp = (why: string) => {
      clearTimeout(timer)
      if (groupAlive(child.pid!)) process.kill(-child.pid!, 'SIGKILL')
      fail(new Error(`\`${commandLine}\` ${why}:\n${stdout}\n${stderr}`))
    }
    const watchForPrompt = () => {
      if (PROMPT.test(stdout) || PROMPT.test(stderr)) giveUp('asks a question nobody can answer')
    }
    child.stdout.on('data', (d) => ((stdout += d), watchForPrompt()))
    child.stderr.on('data', (d) => ((stderr += d), watchForPrompt()))
    const timer = setTimeout(() => giveUp(`did not end within ${timeoutMs} ms`), timeoutMs)
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
  /** The /healthz answer it was waited for with. */
  health: unknown
  /** How the command's own process ended, or undefined while it runs. */
  ended: () => Ended | undefined
  /** SIGTERM to the whole group; resolves once every process of it has exited (SIGKILL only after graceMs, for a stop that hangs). */
  stop: (graceMs?: number) => Promise<Ended>
}

/**
 * Starts a long-running npm script (`npm start`) in its own process group, stdin ignored, and
 * resolves once http://127.0.0.1:<port>/healthz answers 200 (harness/startProduct.ts's one
 * health wait). Throws, after stopping the group, when the command ends first or prints a prompt.
 */
export const startNpmScript = async (
  script: string,
  env: NodeJS.ProcessEnv,
  port: number,
  timeoutMs?: number,
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
  const stop = async (graceMs = 120_000) => {
    if (groupAlive(child.pid!)) process.kill(-child.pid!, 'SIGTERM')
    await eventually(
      `npm ${args.join(' ')} to stop`,
      async () => !groupAlive(child.pid!),
      graceMs,
    ).catch(() => {
      if (groupAlive(child.pid!)) process.kill(-child.pid!, 'SIGKILL')
    })
    return exited
  }
  try {
    const health = await waitForHealth(`http://127.0.0.1:${port}`, {
      child,
      output: () => log,
      timeoutMs,
      refuse: (output) =>
        PROMPT.test(output)
          ? `npm ${args.join(' ')} is asking a question nobody can answer`
          : undefined,
    })
    return { pid: child.pid!, output: () => log, health, ended: () => end, stop }
  } catch (err) {
    await stop()
    throw err
  }
}
