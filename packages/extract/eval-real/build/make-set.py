#!/usr/bin/env python3
"""Builds the real-footage evaluation set (videos + labels) from the sources listed in SOURCES.md.

Run once by hand (never by CI or `npm run eval:real`, which read the committed files):
    python3 make-set.py SOURCE_DIR OUT_DIR
SOURCE_DIR holds the original files under the names SOURCES.md gives. Every video is re-encoded small
(H.264, CRF 26, no audio). Labels of native excerpts were checked by eye on frame strips (see SOURCES.md);
labels of montages follow from how they are built (segment lengths, xfade offsets) and were spot-checked.
"""
import json
import subprocess
import sys
from pathlib import Path

SRC = Path(sys.argv[1])
OUT = Path(sys.argv[2])
(OUT / 'videos').mkdir(parents=True, exist_ok=True)
ENCODE = ['-c:v', 'libx264', '-preset', 'slow', '-crf', '26', '-pix_fmt', 'yuv420p', '-an', '-movflags', '+faststart']
W, H, FPS = 480, 270, 25

def run(args):
    subprocess.run(['ffmpeg', '-v', 'error', '-y', *args], check=True)

def fit(label):
    # letterbox into W×H, even pixels, so segments of any shape join
    return f'scale={W}:{H}:force_original_aspect_ratio=decrease,pad={W}:{H}:(ow-iw)/2:(oh-ih)/2,setsar=1'

def decoded_frames(name):
    done = subprocess.run(['ffmpeg', '-v', 'error', '-i', str(OUT / 'videos' / f'{name}.mp4'), '-vsync', 'passthrough', '-f', 'framemd5', '-'],
                          check=True, capture_output=True, text=True)
    return sum(1 for line in done.stdout.splitlines() if line and not line.startswith('#'))

def write_label(name, label):
    # why: the labels count frames as a decoder hands them over; an encoder may hold one more at the end
    frames = decoded_frames(name)
    if abs(frames - label['frames']) > 1:
        raise SystemExit(f'{name}: {frames} frames decoded, {label["frames"]} planned')
    label['frames'] = frames
    (OUT / 'videos' / f'{name}.json').write_text(json.dumps(label, indent=2) + '\n')

def native(name, source, first, last, label, width=W):
    """Frames first..last of a real file, at its own frame rate and timing, scaled to `width`."""
    run(['-i', str(SRC / source), '-vsync', 'passthrough', '-vf',
         f"select='between(n\\,{first}\\,{last})',setpts=PTS-STARTPTS,scale={width}:-2", *ENCODE, str(OUT / 'videos' / f'{name}.mp4')])
    write_label(name, {'name': name, 'frames': last - first + 1, **label})

def montage(name, segments, joins, label):
    """Segments (source, first, last, camera) re-timed to 25 fps (frames untouched) and joined: 'cut' or
    ('dissolve'|'fadeblack'|'fadewhite', frames). Labels: cut = first frame of the new segment; a
    transition spans the last unmixed frame of one segment to the first unmixed frame of the next."""
    inputs, graph = [], []
    for index, (source, first, last, _) in enumerate(segments):
        if source.startswith('still:'):
            inputs += ['-loop', '1', '-framerate', str(FPS), '-i', str(SRC / source[6:])]
            graph.append(f'[{index}]trim=end_frame={last - first + 1},setpts=N/{FPS}/TB,{fit(None)},setsar=1,format=yuv420p,settb=1/{FPS}[s{index}]')
        else:
            # why: `-r` before the input reads its frames as constant 25 fps (every frame kept, none repeated);
            # ffmpeg's fps filter repeated and dropped frames here even on exact timestamps
            inputs += ['-r', str(FPS), '-i', str(SRC / source)]
            graph.append(f"[{index}]select='between(n\\,{first}\\,{last})',setpts=N/{FPS}/TB,{fit(None)},setsar=1,format=yuv420p,settb=1/{FPS}[s{index}]")
    cuts, transitions, shots = [], [], []
    current = 's0'
    length = segments[0][2] - segments[0][1] + 1
    shots.append({'startFrame': 0, 'endFrame': length - 1, 'camera': segments[0][3]})
    for index, join in enumerate(joins, start=1):
        seg_len = segments[index][2] - segments[index][1] + 1
        out = f'j{index}'
        if join == 'cut':
            graph.append(f'[{current}][s{index}]concat=n=2:v=1:a=0,settb=1/{FPS}[{out}]')
            cuts.append(length)
            shots.append({'startFrame': length, 'endFrame': length + seg_len - 1, 'camera': segments[index][3]})
            length += seg_len
        else:
            kind, frames = join
            offset = length - frames
            xfade = {'dissolve': 'fade', 'fadeblack': 'fadeblack', 'fadewhite': 'fadewhite'}[kind]
            graph.append(f'[{current}][s{index}]xfade=transition={xfade}:duration={frames / FPS}:offset={offset / FPS}[{out}]')
            # measured on flat colours: output frame `offset` is the last unmixed frame of the first segment,
            # `offset + frames` the first unmixed frame of the second
            transitions.append({'type': 'dissolve' if kind == 'dissolve' else 'fade', 'startFrame': offset, 'endFrame': offset + frames})
            shots[-1]['endFrame'] = offset
            shots.append({'startFrame': offset + frames, 'endFrame': offset + seg_len - 1, 'camera': segments[index][3]})
            length = offset + seg_len
        current = out
    run([*inputs, '-filter_complex', ';'.join(graph), '-map', f'[{current}]', '-vsync', 'passthrough', *ENCODE, str(OUT / 'videos' / f'{name}.mp4')])
    write_label(name, {'name': name, 'frames': length, **label, 'cuts': cuts, 'transitions': transitions, 'shots': shots})

def ken_burns(name, photo, moves, label):
    """Shots over one photograph, each a known camera move, joined by hard cuts. A move is
    (kind, direction, frames); pans and tilts slide a 480×270 crop over the photo scaled to 960 wide by
    a whole number of pixels per frame (each shot around another point of the photo); zooms scale the crop
    by 0.6 % per frame around the centre."""
    inputs, graph, shots, cuts = [], [], [], []
    start = 0
    for index, (kind, direction, frames) in enumerate(moves):
        inputs += ['-loop', '1', '-framerate', str(FPS), '-i', str(SRC / photo)]
        n = 'n'
        # why: each shot frames another part of the photo, so a cut between two moves is a visible jump
        # (a pan right followed by a pan left from where it stopped would be no cut at all)
        dx, dy = [(0, 0), (-140, -70), (140, 70), (-70, 70)][index % 4]
        if kind == 'pan':
            x = f'(iw-{W})/2+{dx}+{3 if direction == "right" else -3}*({n}-{frames}/2)'
            y = f'(ih-{H})/2+{dy}'
        elif kind == 'tilt':
            x = f'(iw-{W})/2+{dx}'
            y = f'(ih-{H})/2+{dy}+{2 if direction == "down" else -2}*({n}-{frames}/2)'
        elif kind == 'static':
            x, y = f'(iw-{W})/2+{dx}', f'(ih-{H})/2+{dy}'
        else:
            x = y = None
        if x is not None:
            graph.append(f"[{index}]scale=960:-2,crop={W}:{H}:x='max(0,min(iw-{W},{x}))':y='max(0,min(ih-{H},{y}))',trim=end_frame={frames},setpts=N/{FPS}/TB,setsar=1,format=yuv420p,settb=1/{FPS}[s{index}]")
        elif kind in ('zoom', 'zoom_out'):
            z = "1.3+0.006*on" if kind == 'zoom' else "1.9-0.006*on"
            graph.append(f"[{index}]scale=1920:-2,zoompan=z='{z}':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=1:s={W}x{H}:fps={FPS},trim=end_frame={frames},setpts=N/{FPS}/TB,setsar=1,format=yuv420p,settb=1/{FPS}[s{index}]")
        shots.append({'startFrame': start, 'endFrame': start + frames - 1, 'camera': {'type': kind, 'direction': direction}})
        if index > 0:
            cuts.append(start)
        start += frames
    labels = ''.join(f'[s{index}]' for index in range(len(moves)))
    graph.append(f'{labels}concat=n={len(moves)}:v=1:a=0,settb=1/{FPS}[out]')
    run([*inputs, '-filter_complex', ';'.join(graph), '-map', '[out]', '-vsync', 'passthrough', *ENCODE, str(OUT / 'videos' / f'{name}.mp4')])
    write_label(name, {'name': name, 'frames': start, **label, 'cuts': cuts, 'transitions': [], 'shots': shots})

def title_cards(name, label):
    """Flat title cards with a counter that changes every frame (no camera), hard cuts between cards and a
    fade through black between the last two."""
    colors = ['0x203050', '0x602020', '0x206030', '0xd0c8b0']
    texts = ['Chapter one', 'Chapter two', 'Chapter three', 'The end']
    inputs, graph = [], []
    font = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
    for index, (color, text) in enumerate(zip(colors, texts)):
        inputs += ['-f', 'lavfi', '-i', f'color=c={color}:s={W}x{H}:r={FPS}:d=2']
        ink = 'black' if index == 3 else 'white'
        graph.append(f"[{index}]drawtext=fontfile={font}:text='{text}':fontcolor={ink}:fontsize=36:x=(w-tw)/2:y=h/2-40,"
                     f"drawtext=fontfile={font}:text='%{{eif\\:n+{index * 50}\\:d\\:4}}':fontcolor={ink}:fontsize=24:x=(w-tw)/2:y=h/2+20,setsar=1,format=yuv420p,settb=1/{FPS}[s{index}]")
    graph.append(f'[s0][s1][s2]concat=n=3:v=1:a=0,settb=1/{FPS}[c]')
    graph.append(f'[c][s3]xfade=transition=fadeblack:duration=0.8:offset=5.2[out]')
    run([*inputs, '-filter_complex', ';'.join(graph), '-map', '[out]', '-vsync', 'passthrough', *ENCODE, str(OUT / 'videos' / f'{name}.mp4')])
    static = {'type': 'static', 'direction': 'none'}
    # xfade at 5.2 s over 0.8 s: frame 130 is the last unmixed, 150 the first of the last card (see montage)
    write_label(name, {'name': name, 'frames': 180, **label, 'cuts': [50, 100],
                       'transitions': [{'type': 'fade', 'startFrame': 130, 'endFrame': 150}],
                       'shots': [{'startFrame': 0, 'endFrame': 49, 'camera': static}, {'startFrame': 50, 'endFrame': 99, 'camera': static},
                                 {'startFrame': 100, 'endFrame': 130, 'camera': static}, {'startFrame': 150, 'endFrame': 179, 'camera': static}]})

STATIC = {'type': 'static', 'direction': 'none'}
BBB = {'source': 'Big Buck Bunny (first 30 s, as shipped in the moviepy repository as media/big_buck_bunny_0_30.webm)',
       'licence': 'CC-BY 3.0', 'attribution': '(c) copyright 2008, Blender Foundation / www.bigbuckbunny.org'}
INTEL = {'source': 'intel-iot-devkit/sample-videos', 'licence': 'CC-BY 4.0', 'attribution': 'Intel Corporation, intel-iot-devkit/sample-videos'}
MDN = {'source': 'mdn/interactive-examples live-examples/media/cc0-videos', 'licence': 'CC0 1.0', 'attribution': 'MDN contributors (CC0)'}
SKIMAGE = {'source': 'Debian python3-skimage 0.19.3 (skimage/data): coffee (Rachel Michetti, CC0), chelsea (Stefan van der Walt, CC0), rocket (SpaceX, public domain), astronaut (NASA, public domain), hubble_deep_field (NASA, public domain), gravel and grass (CC0 Textures)',
           'licence': 'CC0 / public domain', 'attribution': 'scikit-image sample data'}
ASL = ['again', 'bird', 'book', 'brother', 'eat', 'help', 'hungry', 'learn', 'milk', 'night', 'no', 'please', 'school', 'sister', 'sorry', 'student', 'thanks', 'walk', 'want', 'yes']

# frames decoded from each ASL clip (ffmpeg -vsync passthrough); segments skip the first three and the last two
ASL_FRAMES = {'again': 77, 'bird': 63, 'book': 109, 'brother': 65, 'eat': 47, 'help': 58, 'hungry': 49, 'learn': 61, 'milk': 51, 'night': 68,
              'no': 66, 'please': 73, 'school': 72, 'sister': 87, 'sorry': 73, 'student': 52, 'thanks': 51, 'walk': 89, 'want': 47, 'yes': 65}

def asl(word):
    return (f'asl/{word}.mkv', 3, min(ASL_FRAMES[word] - 3, 72), STATIC)

def still(photo, frames):
    return (f'still:photos/{photo}', 0, frames - 1, STATIC)

if __name__ == '__main__':
    native('bbb-opening', 'bbb_0_30.webm', 0, 329, {'split': 'tune', 'kind': 'animated film', **BBB,
           'cuts': [283], 'transitions': [{'type': 'fade', 'startFrame': 0, 'endFrame': 48}], 'shots': [],
           'notes': 'fades in from black over the first two seconds; one hard cut to the stream at 283'})
    native('bbb-bird', 'bbb_0_30.webm', 330, 719, {'split': 'report', 'kind': 'animated film', **BBB,
           'cuts': [46, 221], 'transitions': [], 'shots': [],
           'notes': 'stream, bird on a branch (with a title text appearing over it), bunny hole; the title over the last shot fades in and out (not a transition between shots)'})
    native('car-overhead', 'car-detection.mp4', 0, 124, {'split': 'tune', 'kind': 'surveillance', **INTEL, 'cuts': [], 'transitions': [],
           'shots': [{'startFrame': 0, 'endFrame': 124, 'camera': STATIC}], 'notes': 'fixed overhead camera, cars drive through'})
    native('bottles-hand', 'bottle-detection.mp4', 440, 739, {'split': 'report', 'kind': 'phone/webcam', **INTEL, 'cuts': [], 'transitions': [],
           'shots': [{'startFrame': 0, 'endFrame': 299, 'camera': STATIC}], 'notes': 'fixed camera, a hand moves bottles'})
    native('walking-room', 'one-by-one-person-detection.mp4', 200, 449, {'split': 'tune', 'kind': 'surveillance', **INTEL, 'cuts': [], 'transitions': [],
           'shots': [{'startFrame': 0, 'endFrame': 249, 'camera': STATIC}], 'notes': 'fixed camera, people walk in and out'})
    native('friday-film', 'friday.mp4', 0, 184, {'split': 'report', 'kind': 'film (1940, black and white)', **MDN, 'cuts': [], 'transitions': [],
           'shots': [{'startFrame': 0, 'endFrame': 184, 'camera': STATIC}], 'notes': 'one shot, actors talk'})
    native('flower-timelapse', 'flower.mp4', 0, 149, {'split': 'tune', 'kind': 'time-lapse', **MDN, 'cuts': [], 'transitions': [],
           'shots': [{'startFrame': 0, 'endFrame': 149, 'camera': STATIC}], 'notes': 'a flower opens; fixed camera'})
    native('asl-yes', 'asl/yes.mkv', 0, 64, {'split': 'report', 'kind': 'webcam', **INTEL, 'cuts': [], 'transitions': [],
           'shots': [{'startFrame': 0, 'endFrame': 64, 'camera': STATIC}], 'notes': 'one person signs; fixed webcam'})
    montage('asl-jumpcuts-a', [asl(w) for w in ASL[0:5]], ['cut'] * 4, {'split': 'tune', 'kind': 'webcam, edited', **INTEL,
            'notes': 'five signers in the same room before the same fixed camera, joined by hard cuts (jump cuts)'})
    montage('asl-jumpcuts-b', [asl(w) for w in ASL[5:10]], ['cut'] * 4, {'split': 'report', 'kind': 'webcam, edited', **INTEL,
            'notes': 'five more signers, same room and camera, hard cuts'})
    montage('asl-dissolves', [asl(w) for w in ASL[10:14]], [('dissolve', 10)] * 3, {'split': 'tune', 'kind': 'webcam, edited', **INTEL,
            'notes': 'four signers joined by 10-frame dissolves'})
    montage('asl-fades', [asl(w) for w in ASL[14:19]], [('fadeblack', 16), 'cut', ('fadewhite', 16), 'cut'], {'split': 'report', 'kind': 'webcam, edited', **INTEL,
            'notes': 'signers joined by a fade through black, a cut, a fade through white and a cut'})
    montage('mixed-cuts-a', [('bbb_0_30.webm', 60, 180, None), ('friday.mp4', 0, 100, STATIC), ('car-detection.mp4', 0, 60, STATIC),
            ('bottle-detection.mp4', 500, 600, STATIC), ('one-by-one-person-detection.mp4', 250, 350, STATIC)], ['cut'] * 4,
            {'split': 'tune', 'kind': 'edited compilation', 'source': 'see the segments', 'licence': 'CC-BY 3.0 / CC0 / CC-BY 4.0',
             'attribution': 'Blender Foundation (Big Buck Bunny); MDN contributors; Intel Corporation', 'notes': 'film, old film, surveillance, hand, room: hard cuts'})
    montage('mixed-cuts-b', [('bbb_0_30.webm', 290, 370, None), ('flower.mp4', 0, 100, STATIC), asl(ASL[19]),
            ('bbb_0_30.webm', 400, 540, None), ('friday.mp4', 100, 184, STATIC)], ['cut'] * 4,
            {'split': 'report', 'kind': 'edited compilation', 'source': 'see the segments', 'licence': 'CC-BY 3.0 / CC0 / CC-BY 4.0',
             'attribution': 'Blender Foundation (Big Buck Bunny); MDN contributors; Intel Corporation', 'notes': 'hard cuts between unrelated real shots'})
    montage('mixed-transitions', [('bottle-detection.mp4', 440, 540, STATIC), ('flower.mp4', 0, 109, STATIC), ('car-detection.mp4', 10, 100, STATIC),
            ('one-by-one-person-detection.mp4', 260, 360, STATIC)], [('dissolve', 15), ('fadeblack', 20), ('fadewhite', 20)],
            {'split': 'tune', 'kind': 'edited compilation', 'source': 'see the segments', 'licence': 'CC0 / CC-BY 4.0',
             'attribution': 'MDN contributors; Intel Corporation', 'notes': 'a dissolve, a fade through black and one through white'})
    montage('mixed-transitions-b', [('one-by-one-person-detection.mp4', 400, 500, STATIC), ('friday.mp4', 0, 90, STATIC), asl(ASL[0]),
            ('bbb_0_30.webm', 560, 600, None), ('car-detection.mp4', 60, 150, STATIC)], [('fadeblack', 24), ('dissolve', 20), 'cut', ('dissolve', 12)],
            {'split': 'report', 'kind': 'edited compilation', 'source': 'see the segments', 'licence': 'CC-BY 3.0 / CC0 / CC-BY 4.0',
             'attribution': 'Blender Foundation (Big Buck Bunny); MDN contributors; Intel Corporation', 'notes': 'fades, dissolves and a cut'})
    montage('photo-slideshow-cuts', [still('coffee.png', 40), still('chelsea.png', 40), still('rocket.jpg', 40), still('astronaut.png', 40), still('hubble_deep_field.jpg', 40)],
            ['cut'] * 4, {'split': 'tune', 'kind': 'slideshow', **SKIMAGE, 'notes': 'still photographs, hard cuts, no camera'})
    montage('photo-slideshow-dissolves', [still('rocket.jpg', 50), still('coffee.png', 50), still('hubble_deep_field.jpg', 50), still('chelsea.png', 50)],
            [('dissolve', 20), ('fadeblack', 20), ('dissolve', 12)], {'split': 'report', 'kind': 'slideshow', **SKIMAGE, 'notes': 'still photographs, dissolves and a fade, no camera'})
    ken_burns('kenburns-coffee', 'photos/coffee.png', [('pan', 'right', 60), ('pan', 'left', 60), ('tilt', 'down', 50), ('tilt', 'up', 50)],
              {'split': 'tune', 'kind': 'Ken Burns over a photograph', **SKIMAGE, 'notes': 'pans and tilts of known direction, hard cuts between them'})
    ken_burns('kenburns-chelsea', 'photos/chelsea.png', [('zoom', 'in', 60), ('zoom_out', 'out', 60), ('static', 'none', 40), ('pan', 'left', 60)],
              {'split': 'report', 'kind': 'Ken Burns over a photograph', **SKIMAGE, 'notes': 'zooms, a still and a pan'})
    ken_burns('kenburns-rocket', 'photos/rocket.jpg', [('tilt', 'up', 60), ('zoom', 'in', 60), ('pan', 'right', 60)],
              {'split': 'tune', 'kind': 'Ken Burns over a photograph', **SKIMAGE, 'notes': 'tilt, zoom, pan'})
    ken_burns('kenburns-astronaut', 'photos/astronaut.png', [('pan', 'right', 50), ('tilt', 'down', 50), ('zoom_out', 'out', 60), ('static', 'none', 40)],
              {'split': 'report', 'kind': 'Ken Burns over a photograph', **SKIMAGE, 'notes': 'pan, tilt, zoom out, still'})
    ken_burns('kenburns-gravel', 'photos/gravel.png', [('pan', 'left', 60), ('tilt', 'down', 60)],
              {'split': 'tune', 'kind': 'Ken Burns over a texture photograph', **SKIMAGE, 'notes': 'a cut between two moves over one texture'})
    title_cards('title-cards', {'split': 'report', 'kind': 'title cards', 'source': 'made here with ffmpeg (color, drawtext, DejaVu Sans Bold)', 'licence': 'CC0 (this project)',
                'attribution': 'motionreg', 'notes': 'flat cards whose counter changes every frame: must read static; hard cuts, one fade through black'})
