// WebKit for the browser tests: Debian's WebKitGTK (package webkit2gtk-driver, which ships
// WebKitWebDriver and the MiniBrowser it drives) on a virtual X display (package xvfb), since
// WebKitGTK has no headless mode. Both listen on this machine only and are stopped by stop().
// scripts/setup.sh installs the packages.
import {spawn} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import {connect} from 'node:net';
import {freePort} from './free-port.mjs';

/** MiniBrowser, which WebKitWebDriver starts per session; Debian keeps it under the library dir. */
export function miniBrowserPath() {
  for (const lib of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib']) {
    if (!existsSync(lib)) continue;
    for (const dir of readdirSync(lib).filter((name) => /^webkit2?gtk-[\d.]+$/.test(name)).sort().reverse()) {
      const path = `${lib}/${dir}/MiniBrowser`;
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}


const listening = (port) => new Promise((resolve) => {
  const socket = connect(port, '127.0.0.1');
  socket.once('connect', () => {
    socket.end();
    resolve(true);
  });
  socket.once('error', () => resolve(false));
});

/** A display number no X server holds (its lock file is absent). */
function freeDisplay() {
  for (let n = 99; n < 199; n += 1) if (!existsSync(`/tmp/.X${n}-lock`) && !existsSync(`/tmp/.X11-unix/X${n}`)) return n;
  throw new Error('no free X display between :99 and :198');
}

/**
 * Starts Xvfb and WebKitWebDriver; resolves to {port, browserPath, versions, stop}. Throws, naming
 * the missing package, when WebKitGTK is not installed.
 */
export async function startWebKitDriver() {
  const browserPath = miniBrowserPath();
  const missing = [
    ['WebKitWebDriver', 'webkit2gtk-driver'],
    ['Xvfb', 'xvfb'],
  ].filter(([command]) => !['/usr/bin', '/usr/local/bin'].some((dir) => existsSync(`${dir}/${command}`))).map(([, pkg]) => pkg);
  if (!browserPath) missing.push('webkit2gtk-driver (MiniBrowser)');
  if (missing.length > 0) throw new Error(`WebKit is not installed: run scripts/setup.sh (Debian packages ${missing.join(', ')})`);

  const display = freeDisplay();
  const children = [];
  const stop = () => {
    for (const child of children.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
  };
  try {
    const xvfb = spawn('Xvfb', [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {stdio: 'ignore'});
    children.push(xvfb);
    for (let waited = 0; !existsSync(`/tmp/.X11-unix/X${display}`); waited += 50) {
      if (xvfb.exitCode !== null || waited > 10_000) throw new Error(`Xvfb :${display} did not start`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const port = await freePort();
    // No GPU here: software rendering, and no compositing, which WebKitGTK otherwise tries first.
    const env = {...process.env, DISPLAY: `:${display}`, WEBKIT_DISABLE_COMPOSITING_MODE: '1', LIBGL_ALWAYS_SOFTWARE: '1'};
    const driver = spawn('WebKitWebDriver', [`--port=${port}`], {stdio: 'ignore', env});
    children.push(driver);
    for (let waited = 0; !(await listening(port)); waited += 100) {
      if (driver.exitCode !== null || waited > 10_000) throw new Error('WebKitWebDriver did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return {port, browserPath, display, stop};
  } catch (error) {
    stop();
    throw error;
  }
}
