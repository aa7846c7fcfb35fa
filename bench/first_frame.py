#!/usr/bin/env python3
"""Time to the first full frame in a pseudo-terminal (100x30): DebtDeck, calcurse, hledger-ui.

usage: first_frame.py BINARY [RUNS]

Each program starts in a fresh pty; the clock stops at its last byte before 60 ms of quiet, so
a program is timed until it has drawn its whole first screen and waits for a key. Reports the
median of RUNS and DebtDeck's peak memory (VmHWM). Data: the demo portfolio and 50-item peers;
then 1,000 debts with 100,000 payments against 100,000-item peers.
"""
import fcntl, os, pty, select, shutil, statistics, struct, subprocess, sys, tempfile, termios, time

HERE = os.path.dirname(os.path.abspath(__file__))
QUIET = 0.06

def first_frame(cmd, env):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(cmd[0], cmd, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 30, 100, 0, 0))
    start = time.perf_counter()
    last = None
    peak = 0
    while time.perf_counter() - start < 30:
        r, _, _ = select.select([fd], [], [], 0.01)
        if r:
            try:
                data = os.read(fd, 1 << 16)
            except OSError:
                break
            if data:
                last = time.perf_counter()
        elif last is not None and time.perf_counter() - last > QUIET:
            break
    try:
        with open(f'/proc/{pid}/status') as f:
            for line in f:
                if line.startswith('VmHWM'):
                    peak = int(line.split()[1]) // 1024
    except OSError:
        pass
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    os.close(fd)
    return (last - start) * 1000 if last else float('nan'), peak

def median(cmd, env, runs):
    results = [first_frame(cmd, env) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)

def calcurse_dir(n):
    # The same appointments as bench/today.sh gives calcurse (sorted: its best case).
    d = tempfile.mkdtemp()
    subprocess.run([sys.executable, os.path.join(HERE, 'gen_peers.py'), d, str(n)], check=True)
    open(os.path.join(d, 'calcurse', 'todo'), 'w').close()
    return os.path.join(d, 'calcurse')

def journal(n):
    fd, path = tempfile.mkstemp(suffix='.journal')
    with os.fdopen(fd, 'w') as f:
        for i in range(n):
            f.write(f'{2020 + i % 7}-{(i % 12) + 1:02d}-{(i % 28) + 1:02d} payment {i}\n'
                    f'    liabilities:loan{i % 50}  {100 + i % 900}\n    assets:bank\n\n')
    return path

def main():
    binary = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    base = dict(os.environ, TERM='xterm-256color', LANG='C.UTF-8', DEBTDECK_TODAY='2026-11-23', HOME=tempfile.mkdtemp())
    rows = []
    for label, items in [('demo data (5 debts, 14 payments) / 50 items', 50), ('1,000 debts, 100,000 payments / 100,000 items', 100_000)]:
        data = tempfile.mkdtemp()
        if items == 50:
            subprocess.run([binary, 'demo', '--data-dir', data], check=True, capture_output=True, env=base)
        else:
            # Generated, then imported through the store, as the user's own saves leave it.
            gen = tempfile.mkdtemp()
            subprocess.run([sys.executable, os.path.join(HERE, 'gen_portfolio.py'), gen, '1000', '100000'], check=True)
            subprocess.run([binary, 'import', '--format', 'json', os.path.join(gen, 'portfolio.json'),
                            '--data-dir', data, '--replace'], check=True, capture_output=True, env=base)
        env = dict(base, DEBTDECK_HOME=data)
        dd, mem = median([binary], env, runs)
        row = [label, f'{dd:.1f} ms', f'{mem} MB']
        if shutil.which('calcurse'):
            row.append(f'{median(["calcurse", "-D", calcurse_dir(items)], base, runs)[0]:.1f} ms')
        if shutil.which('hledger-ui'):
            row.append(f'{median(["hledger-ui", "-f", journal(items)], base, 3 if items > 1000 else runs)[0]:.1f} ms')
        rows.append(row)
    print('| data | debtdeck | debtdeck peak memory | calcurse | hledger-ui |')
    print('|---|---|---|---|---|')
    for r in rows:
        print('| ' + ' | '.join(r) + ' |')

if __name__ == '__main__':
    main()
