#!/usr/bin/env python3
"""Reads a Chromium CPU profile (what `BROWSER_PROFILE=file bench/scale/run.sh` writes: the page's main thread from
navigation to its first draw) and prints where the time went.

    bench/scale/cpu-profile.py profile.json                 self and total time per function, busiest first
    bench/scale/cpu-profile.py profile.json --timeline 100  per 100 ms: idle, native work, GC and the page's own code
    bench/scale/cpu-profile.py profile.json --under render  what the functions whose name starts with "render" call

Functions are named as the profile names them (Cytoscape's are minified): name, file and line.
"""
import argparse
import collections
import json

IDLE, NATIVE, GC = '(idle)', '(program)', '(garbage collector)'


def load(path):
    profile = json.load(open(path))
    nodes = {n['id']: n for n in profile['nodes']}
    parent = {c: n['id'] for n in profile['nodes'] for c in n.get('children', [])}

    def name(node_id):
        frame = nodes[node_id]['callFrame']
        if not frame['url']:
            return frame['functionName'] or '(native)'
        return f"{frame['functionName'] or '(anonymous)'} {frame['url'].rsplit('/', 1)[-1]}:{frame['lineNumber'] + 1}"

    def stack(node_id):
        out = []
        while node_id is not None:
            out.append(name(node_id))
            node_id = parent.get(node_id)
        return out  # innermost first

    at = 0
    for sample, delta in zip(profile['samples'], profile['timeDeltas']):
        at += delta
        yield at / 1000, delta / 1000, stack(sample)


def summary(samples, top):
    own, total = collections.Counter(), collections.Counter()
    for _, ms, stack in samples:
        own[stack[0]] += ms
        for frame in set(stack):
            total[frame] += ms
    print('self time')
    for frame, ms in own.most_common(top):
        print(f'{ms:9.1f} ms  {frame}')
    print('total time (the function and what it calls)')
    for frame, ms in total.most_common(top):
        print(f'{ms:9.1f} ms  {frame}')


def timeline(samples, bucket):
    rows = collections.defaultdict(collections.Counter)
    for at, ms, stack in samples:
        row = rows[int(at // bucket)]
        if stack[0] in (IDLE, NATIVE, GC):
            row[stack[0]] += ms
            continue
        # The page's own outermost-but-one frame says what the page was doing; else the library's.
        own = [f for f in stack if '.js:' in f and 'cytoscape' not in f]
        row[own[0] if own else stack[0]] += ms
    for index in sorted(rows):
        row = rows[index]
        busy = ', '.join(f'{f} {ms:.0f}' for f, ms in row.most_common(6) if f not in (IDLE, NATIVE, GC))
        print(f'{index * bucket:7.0f} ms  idle {row[IDLE]:4.0f}  native {row[NATIVE]:4.0f}  gc {row[GC]:3.0f} | {busy}')


def under(samples, prefix, top):
    total, calls = 0.0, collections.Counter()
    for _, ms, stack in samples:
        hits = [i for i, f in enumerate(stack) if f.startswith(prefix)]
        if not hits:
            continue
        total += ms
        for frame in set(stack[:hits[-1]]):
            calls[frame] += ms
    print(f'{total:.1f} ms in functions starting with {prefix!r}; what they call:')
    for frame, ms in calls.most_common(top):
        print(f'{ms:9.1f} ms  {frame}')


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('profile')
    parser.add_argument('--timeline', type=float, metavar='MS', help='one row per this many milliseconds')
    parser.add_argument('--under', metavar='NAME', help='what the functions whose name starts with NAME call')
    parser.add_argument('--top', type=int, default=30)
    args = parser.parse_args()
    samples = list(load(args.profile))
    if args.timeline:
        timeline(samples, args.timeline)
    elif args.under:
        under(samples, args.under, args.top)
    else:
        summary(samples, args.top)


if __name__ == '__main__':
    main()
