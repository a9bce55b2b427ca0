#!/usr/bin/python3
"""PySceneDetect's adaptive detector on the real-footage set, for the comparison figures only (not CI).

    /usr/bin/python3 run-pyscenedetect.py PYSCENEDETECT_SOURCE_DIR

PySceneDetect runs from its public source (a checkout of github Breakthrough/PySceneDetect) with Debian's
python3-opencv, python3-av, python3-numpy, python3-click, python3-platformdirs and python3-tqdm; no pip.
Each video is one whole process (interpreter start, imports, decode, detection), timed from outside, as a
user meets it. Writes ../pyscenedetect-cuts.json: {name: {cuts: [first frame of each new scene], seconds}}.
"""
import json
import subprocess
import sys
import time
from pathlib import Path

SOURCE = Path(sys.argv[1]).resolve()
HERE = Path(__file__).resolve().parent
VIDEOS = HERE.parent / 'videos'
PROGRAM = (
    'import sys, json; sys.path.insert(0, sys.argv[1]);'
    'from scenedetect import detect, AdaptiveDetector;'
    'scenes = detect(sys.argv[2], AdaptiveDetector());'
    'print(json.dumps([start.get_frames() for start, _ in scenes[1:]]))'
)

results = {}
for video in sorted(VIDEOS.glob('*.mp4')):
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        done = subprocess.run(['/usr/bin/python3', '-c', PROGRAM, str(SOURCE), str(video)], capture_output=True, text=True, check=True)
        runs.append(time.perf_counter() - started)
    runs.sort()
    results[video.stem] = {'cuts': json.loads(done.stdout.strip().splitlines()[-1]), 'seconds': round(runs[1], 3)}
    print(video.stem, results[video.stem], flush=True)
(HERE.parent / 'pyscenedetect-cuts.json').write_text(json.dumps(results, indent=2) + '\n')
