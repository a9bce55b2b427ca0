import type { BuiltinEntry, CueTag, SenseCues } from './lexicon-types.js';

/**
 * The hand-written part of the lexicon: film-making jargon WordNet lacks ("push in", "locked off"),
 * words whose sense depends on context ("crane", "pan", "lit", "fire"), regional words of British,
 * Scottish, Irish, Welsh, Australian, New Zealand and American English, and internet slang. Every
 * other word reaches a field through WordNet (`wordnet-seeds.ts`), colour names, morphology and
 * spelling rules. Terms are lemmas or phrases; inflections are found by morphology.
 */

// Short names for domains keep the table readable.
const speed = 'motion.speed';
const smooth = 'motion.smoothness';
const direction = 'motion.direction';
const rhythm = 'motion.rhythm';
const acceleration = 'motion.acceleration';
const camera = 'camera.motion';
const cameraSpeed = 'camera.speed';
const steady = 'camera.steadiness';
const temperature = 'lighting.temperature';
const contrast = 'lighting.contrast';
const preset = 'lighting.preset';
const mood = 'audio.mood';
const tempo = 'audio.tempo';
const presence = 'audio.presence';
const genre = 'narrative.genre';
const tone = 'narrative.tone';
const style = 'narrative.style';
const setting = 'narrative.settings';
const theme = 'narrative.themes';
const scene = 'narrative.sceneType';
const tension = 'narrative.tensionCurve';
const framing = 'composition.framing';
const symmetry = 'composition.symmetry';
const palette = 'palette.colors';
const modifier = 'palette.modifiers';
const subject = 'subject';
const intensity = 'intensity';

const cameraCues: SenseCues = {
  tags: ['camera'],
  words: ['shot', 'shots', 'camera', 'cam', 'move', 'moves', 'movement', 'across', 'over', 'around', 'along', 'up', 'down', 'left', 'right', 'reveal', 'revealing', 'to', 'slow', 'slowly', 'quick', 'sweeping', 'smooth', 'gentle', 'fast', 'lens', 'footage', 'frame', 'then'],
};
const musicCues: SenseCues = {
  tags: ['music'],
  words: ['music', 'beat', 'beats', 'track', 'tracks', 'song', 'songs', 'tune', 'tunes', 'playlist', 'dj', 'mc', 'bass', 'drums', 'bpm', 'playing', 'soundtrack', 'vocals', 'rap', 'rapper', 'band', 'gig', 'club', 'rave', 'mix', 'synth', 'banger', 'drop', 'sound', 'audio', 'genre', 'listen', 'headphones'],
};
const kitchenCues: SenseCues = { tags: ['food', 'kitchen'], words: ['frying', 'cooking', 'cook', 'stove', 'hob', 'oil', 'egg', 'eggs', 'sizzling', 'kitchen', 'chef', 'pancake', 'pancakes', 'bacon', 'sauce', 'pot', 'pots', 'of', 'on', 'hot', 'cast', 'iron', 'non', 'stick', 'dirty', 'washing'] };
const animalCues: SenseCues = { tags: ['animal', 'water', 'nature'], words: ['bird', 'birds', 'pond', 'lake', 'marsh', 'river', 'wading', 'flying', 'wings', 'nest', 'standing', 'feathers', 'flock', 'heron', 'in', 'swamp', 'reeds', 'fishing', 'caught', 'swimming'] };
const partyCues: SenseCues = { tags: ['party', 'music'], words: ['party', 'club', 'rave', 'crowd', 'night', 'out', 'festival', 'vibe', 'vibes', 'is', 'was', 'so', 'proper', 'straight', 'absolutely', 'dancefloor', 'mates', 'squad', 'tonight', 'weekend', 'gig', 'concert', 'get', 'getting', 'super', 'hella', 'mad', 'this', 'that'] };
const lightCues: SenseCues = {
  tags: ['light_source'],
  words: ['by', 'with', 'dimly', 'brightly', 'softly', 'well', 'poorly', 'harshly', 'warmly', 'candle', 'candles', 'lamp', 'lamps', 'lantern', 'lanterns', 'moonlight', 'sunlight', 'streetlights', 'torch', 'torches', 'neon', 'fire', 'firelight', 'lights', 'bulbs', 'from', 'behind', 'below', 'above', 'up'],
  previous: ['dimly', 'brightly', 'softly', 'well', 'poorly', 'harshly', 'warmly', 'low', 'candle', 'moon', 'sun', 'neon', 'lamp', 'fire', 'back', 'side', 'under', 'over'],
};

const cuesFor = (tags: CueTag[], words: string[] = []): SenseCues => ({ tags, words });

/**
 * Cues for a camera word that is also an everyday verb or noun ("tilting his head", "a rainbow arc", "a
 * child on a swing"): only camera words nearby or a direction right after make it a camera move. Unlike
 * {@link cameraCues}, "to", "over", "up" or "down" a few words away do not count ("tilting a glass to his lips").
 */
const everydayCameraCues = (next: string[]): SenseCues => ({
  // why: no camera tag: framing words ("close up of grapes on a rotating table") carry it and are no camera move.
  words: ['shot', 'shots', 'camera', 'cam', 'lens', 'footage', 'reveal', 'revealing', 'frame'],
  previous: ['slow', 'quick', 'fast', 'gentle', 'smooth', 'slight', 'subtle', 'camera', 'steady', 'sweeping', 'lazy'],
  next,
});
const sideways = ['left', 'right', 'leftward', 'leftwards', 'rightward', 'rightwards', 'round', 'around', 'across', 'to', 'from'];

/** The entries. Several entries sharing a term are its senses; cues and priors pick one per use. */
export const builtinEntries: readonly BuiltinEntry[] = [
  // ---- camera moves (jargon WordNet lacks) ----------------------------------------------------
  { terms: 'pan|pan across|pan left|pan right|pan over|pan around|panning shot|pan shot|panorama shot', sets: { [camera]: 'pan' }, cues: { ...cameraCues, previous: ['slow', 'quick', 'fast', 'gentle', 'whip', 'smooth', 'steady', 'sweeping', 'long', 'lazy', 'wide', 'horizontal', 'then', 'and', 'to', 'camera', 'slight', 'subtle'] }, prior: 0.6 },
  { terms: 'pan', sets: { [subject]: 'pan' }, cues: { ...kitchenCues, previous: ['frying', 'sauce', 'hot', 'cast', 'iron', 'non', 'stick', 'roasting', 'baking', 'cake', 'dust', 'a', 'the', 'his', 'her', 'my'] }, prior: 0.3 },
  { terms: 'whip pan|whip-pan|swish pan|flash pan|whip|whip around', sets: { [camera]: 'whip_pan', [cameraSpeed]: 'fast' } },
  { terms: 'tilt up|tilt down|tilt upward|tilt upwards|tilt downward|tilt downwards|tilting shot|tilt shot|camera tilt|camera tilts', sets: { [camera]: 'tilt' } },
  { terms: 'tilt', sets: { [camera]: 'tilt' }, cues: everydayCameraCues(['up', 'down', 'upward', 'upwards', 'downward', 'downwards', 'doon', 'to', 'from', 'across', 'over', 'onto', 'left', 'right']), prior: 0.3 },
  { terms: 'dolly|dolly in|dolly out|dolly shot|dolly forward|dolly back|push in|push-in|pushing in|push forward|creep in|creep forward|camera moves in|camera moving in|pull back|pull-back|pull out|pulls back|dolly zoom|vertigo shot', sets: { [camera]: 'dolly' } },
  { terms: 'crane|crane shot|crane up|crane down|crane over|jib|jib shot|jib up|boom shot|boom up|boom down|rising shot|craning', sets: { [camera]: 'crane' }, cues: { ...cameraCues, words: [...(cameraCues.words ?? []), 'rising', 'rises', 'lifting', 'soaring', 'high', 'above', 'skyward'] }, prior: 0.55 },
  { terms: 'crane', sets: { [subject]: 'crane' }, implies: { [setting]: 'nature' }, cues: { ...animalCues, words: [...(animalCues.words ?? []), 'paper', 'origami', 'folding', 'fold', 'folded', 'toy'] }, prior: 0.35 },
  { terms: 'crane', sets: { [subject]: 'crane' }, implies: { [setting]: 'urban' }, cues: cuesFor(['building', 'vehicle'], ['construction', 'site', 'lifting', 'building', 'tower', 'cargo', 'dock', 'docks', 'steel', 'girder', 'beams']), prior: 0.2 },
  { terms: 'zoom|zoom in|zooming in|zoom-in|punch in|punch-in|crash zoom|snap zoom|zoom into|zoom toward|zoom towards|zooms in|zoom lens', sets: { [camera]: 'zoom' } },
  { terms: 'zoom out|zooming out|zoom-out|zooms out|pull focus out|zoom away', sets: { [camera]: 'zoom_out' } },
  { terms: 'handheld|hand-held|handheld camera|hand held|run and gun|run-and-gun|documentary-style camera|documentary style camera|verite|cinema verite|fly on the wall|fly-on-the-wall', sets: { [camera]: 'handheld', [steady]: 'handheld' } },
  { terms: 'camera roll|dutch roll|barrel roll|rolling shot|roll shot|dutch angle|dutch tilt|canted angle|canted', sets: { [camera]: 'roll' } },
  { terms: 'roll', sets: { [camera]: 'roll' }, cues: cameraCues, prior: 0.3 },
  { terms: 'roll', sets: { [subject]: 'roll' }, cues: cuesFor(['food'], ['bread', 'sausage', 'spring', 'cheese', 'bacon', 'egg']), prior: 0.2 },
  { terms: 'rolling hills|rolling fields|rolling countryside|rolling waves', sets: { [setting]: 'nature', [rhythm]: 'wave' } },
  { terms: 'truck left|truck right|trucking shot|truck shot|trucking|crab shot|crab left|crab right|lateral tracking', sets: { [camera]: 'truck' } },
  { terms: 'truck', sets: { [camera]: 'truck' }, cues: everydayCameraCues(['left', 'right', 'leftward', 'leftwards', 'rightward', 'rightwards', 'along', 'across']), prior: 0.25 },
  { terms: 'move in|moves in|moving in', sets: { [camera]: 'dolly' }, cues: everydayCameraCues(['on', 'onto', 'closer', 'towards', 'toward', 'to']), prior: 0.3 },
  { terms: 'truck|lorry|ute', sets: { [subject]: 'truck' }, implies: { [setting]: 'exterior' }, cues: cuesFor(['vehicle'], ['driving', 'road', 'highway', 'motorway', 'delivery', 'parked', 'a', 'the', 'big', 'old', 'red']), prior: 0.5 },
  { terms: 'pedestal|pedestal up|pedestal down|ped up|ped down|elevator shot|camera rises|camera lowers', sets: { [camera]: 'pedestal' } },
  { terms: 'arc shot|360 shot|360-degree|360 degree|wraparound shot|arc around|orbit shot|orbiting shot|orbital shot|circling shot|orbiting camera|circling camera|camera orbits|camera circles|camera arcs', sets: { [camera]: 'arc' } },
  { terms: 'arc|arcing|orbit|orbiting|orbits|orbit around|circle around|circling|circles around|revolve around', sets: { [camera]: 'arc' }, cues: everydayCameraCues(sideways), prior: 0.3 },
  { terms: 'swing|swings|swinging|swung|swing round|swings round|swing around|swings around', sets: { [camera]: 'pan' }, cues: everydayCameraCues(sideways), prior: 0.25 },
  { terms: 'tracking|tracking shot|follow shot|following shot|follow cam|follow-cam|travelling shot|traveling shot|steadicam shot|track alongside|tracks alongside|follows', sets: { [camera]: 'tracking' } },
  { terms: 'track', sets: { [camera]: 'tracking' }, cues: everydayCameraCues(['along', 'alongside', 'with', 'behind', 'left', 'right', 'them', 'him', 'her']), prior: 0.3 },
  { terms: 'track', sets: { [presence]: 'music' }, cues: musicCues, prior: 0.4 },
  { terms: 'track', sets: { [subject]: 'track' }, cues: cuesFor(['sport', 'vehicle'], ['race', 'racing', 'running', 'train', 'railway', 'dirt']), prior: 0.1 },
  { terms: "bird's eye|birds eye|bird's-eye view|birds-eye view|bird's eye view|birds eye view|overhead|overhead shot|top-down|top down|top-down shot|aerial|aerial shot|aerial view|drone shot|drone footage|drone view|drone camera|drone cam|god's eye|gods eye|from above|from the sky|straight down|satellite view", sets: { [camera]: 'birds_eye' }, implies: { [framing]: 'wide' } },
  { terms: 'drone|drones', sets: { [camera]: 'birds_eye' }, implies: { [framing]: 'wide' }, cues: everydayCameraCues(['over', 'above', 'across', 'view', 'perspective', 'pov']), prior: 0.3 },
  // Things named after camera words, read as one word so the camera sense never applies.
  { terms: 'tower crane|construction crane|crane truck|crane fly|paper crane|origami crane|whooping crane|sandhill crane|crowned crane', sets: { [subject]: 'crane' } },
  { terms: 'pickup truck|food truck|fire truck|tow truck|dump truck|monster truck|truck driver', sets: { [subject]: 'truck' } },
  { terms: 'race track|running track|train track|railway track|dirt track', sets: { [subject]: 'track' } },
  { terms: 'flyover|fly-over|fly over|flying over|flies over', sets: { [camera]: 'birds_eye' }, implies: { [framing]: 'wide' }, cues: everydayCameraCues([]), prior: 0.3 },
  { terms: 'rotate|rotating|rotation|rotates|turntable', sets: { [camera]: 'rotate' }, cues: everydayCameraCues(['clockwise', 'anticlockwise', 'counterclockwise', 'counter', 'anti', 'left', 'right', 'around', 'round']), prior: 0.3 },
  { terms: 'spinning camera|camera spin|spin shot|spinning shot|rotating camera|camera rotates|rotating shot|turntable shot', sets: { [camera]: 'rotate' } },
  { terms: 'static shot|static camera|locked off|locked-off|lock off|lock it off|keep it locked off|locked down|lockdown shot|tripod|on a tripod|tripod shot|still camera|fixed camera|fixed shot|stationary camera|no camera movement|no camera move|camera stays still|camera does not move|camera is still|unmoving camera|fixed frame|locked shot|locked camera', sets: { [camera]: 'static', [steady]: 'locked' } },
  { terms: 'shaking|shakes|trembling|quivering|wobbling|shaky|shaky cam|shakycam|shaky camera|camera shake|wobbly|wobbly camera|jittery camera|unsteady camera|shaking camera|bumpy camera', sets: { [steady]: 'shaky' }, implies: { [camera]: 'handheld' } },
  { terms: 'steady|steadicam|gimbal|gimbal shot|stabilized|stable|smooth camera|steady camera|stable camera|on a gimbal|slider|slider shot', sets: { [steady]: 'stable' } },
  { terms: 'slow camera|slow-moving camera|camera creeps|creeping camera|languid camera', sets: { [cameraSpeed]: 'slow' } },
  { terms: 'fast camera|quick camera|rapid camera|camera whips|camera races|snappy camera', sets: { [cameraSpeed]: 'fast' } },

  // ---- framing and scene type --------------------------------------------------------------
  { terms: 'close-up|close up|closeup|close shot|tight shot|tight framing|tight|cu|close-in|up close|detail shot|insert shot', sets: { [framing]: 'close', [scene]: 'closeup' } },
  { terms: 'extreme close-up|extreme close up|extreme closeup|ecu|xcu|macro|macro shot|macro lens|super close|really close|very close', sets: { [framing]: 'extreme_close', [scene]: 'closeup' } },
  { terms: 'wide|wide shot|wide angle|wide-angle|long shot|ws|full shot|vista|panoramic|panorama|expansive|sweeping view|sweeping vista|big wide', sets: { [framing]: 'wide', [scene]: 'wide' } },
  { terms: 'establishing|establishing shot|opening shot|master shot|scene-setter', sets: { [framing]: 'wide', [scene]: 'establishing' }, weight: 1.2 },
  { terms: 'medium shot|mid shot|mid-shot|medium|waist-up|waist up|cowboy shot|medium close-up|mcu', sets: { [framing]: 'medium', [scene]: 'medium' } },
  { terms: 'pov|point of view|point-of-view|first person|first-person|through the eyes of|through their eyes|subjective camera|pov shot|over the shoulder|over-the-shoulder', sets: { [framing]: 'pov' } },
  { terms: 'b-roll|b roll|broll|cutaways|cutaway|cutaway shots|filler shots', sets: { [scene]: 'b-roll' } },
  { terms: 'montage|montage sequence|training montage|quick montage|collage of clips|supercut', sets: { [scene]: 'montage' } },
  { terms: 'dialogue|dialog|conversation|two people talking|talking heads|talking head|interview|chat|chatting', sets: { [scene]: 'dialogue' } },
  { terms: 'action|action scene|action sequence|chase|car chase|fight scene|fight|explosions|explosion|stunt|stunts|shootout|brawl|punch-up', sets: { [scene]: 'action' }, energy: 0.6 },

  // ---- motion --------------------------------------------------------------------------------
  { terms: 'static|motionless|frozen|freeze frame|freeze-frame|frozen in time|no movement|no motion|unmoving|stock still|dead still|completely still|perfectly still|still life|tableau', sets: { [speed]: 'static' }, energy: -0.6 },
  { terms: 'still', sets: { [speed]: 'static' }, cues: { previous: ['completely', 'perfectly', 'dead', 'totally', 'stock', 'very', 'stay', 'stays', 'stand', 'standing', 'sitting', 'lie', 'lies', 'lying', 'hold', 'keep', 'kept', 'be', 'is', 'are', 'remains', 'remain'], next: ['life', 'shot', 'frame', 'image', 'and', 'water', 'waters', 'pond', 'lake'] }, prior: 0.25, energy: -0.5 },
  { terms: 'slow|slowly|slow-moving|slow moving|leisurely|unhurried|languid|lazy|lazily|drifting|drift|drifts|creeping|creep|crawl|crawling|glacial|sluggish|gentle pace|gradual|gradually|unrushed|easy pace|at a snail pace|snail pace|gently', sets: { [speed]: 'slow' }, energy: -0.5 },
  { terms: 'slow-mo|slow mo|slo-mo|slomo|slowmo|slow motion|slow-motion|super slow motion|bullet time|high frame rate', sets: { [speed]: 'slow' }, implies: { [smooth]: 'smooth' }, energy: -0.4 },
  { terms: 'moderate|medium pace|medium speed|moderate pace|moderate speed|mid-paced|mid paced|steady pace|normal speed|normal pace|walking pace|mid-speed|medium-paced|moderately', sets: { [speed]: 'medium' } },
  { terms: 'fast|quick|quickly|rapid|rapidly|speedy|swift|swiftly|zippy|zoomy|frantic|hyper|breakneck|turbo|high-speed|high speed|whizzing|whizz|whizzes|racing|rushing|rush|hurried|hurtling|blur|blurred motion|full speed|full throttle|at speed|speeding|zoom past|zooming past|zip|zipping|time-lapse|timelapse|time lapse|hyperlapse|hyper-lapse|fast-paced|fast paced|quick-fire|rapid-fire|fast-moving|fast moving|lightning-fast|lightning fast|blistering|brisk|briskly|hasty|pacey', sets: { [speed]: 'fast' }, energy: 0.6 },
  { terms: 'speed up|speeds up|speeding up|accelerating|accelerate|accelerates|gathering speed|gathers speed|picking up speed|picks up speed|ramping up|ramps up|speed ramp|building speed|getting faster|faster and faster', sets: { [acceleration]: 'ease_in' }, implies: { [speed]: 'fast' } },
  { terms: 'slow down|slows down|slowing down|decelerate|decelerating|winding down|winds down|coming to rest|comes to rest|settling|settles|grinding to a halt|easing off|eases off|getting slower|slower and slower|coming to a stop', sets: { [acceleration]: 'ease_out' }, implies: { [speed]: 'slow' } },
  { terms: 'ease in and out|ease-in-out|eases in and out|easing in and out|ease in out|smooth start and stop|slow in slow out|slow-in slow-out', sets: { [acceleration]: 'ease_in_out' } },
  { terms: 'ease in|eases in|easing in|ease-in|slow start', sets: { [acceleration]: 'ease_in' } },
  { terms: 'ease out|eases out|easing out|ease-out|gentle stop|soft landing', sets: { [acceleration]: 'ease_out' } },
  { terms: 'constant speed|constant pace|linear motion|linear|uniform speed|even speed|same speed', sets: { [acceleration]: 'constant', [rhythm]: 'steady' } },
  { terms: 'smooth|smoothly|silky|silky-smooth|silky smooth|buttery|buttery smooth|butter-smooth|seamless|seamlessly|glide|gliding|glides|effortless|sleek', sets: { [smooth]: 'smooth' } },
  { terms: 'fluid|fluidly|flowing|flow|flows|liquid|graceful|gracefully|sinuous|silken|like water|watery motion|free-flowing|free flowing|flowy', sets: { [smooth]: 'fluid' } },
  { terms: 'jerky|jerkily|choppy|stuttering|stutter|stutters|glitchy|glitch|glitches|glitching|janky|jank|twitchy|twitching|stop-motion|stop motion|staccato|juddery|jolting|jolts|stilted|clunky|herky-jerky|stop-start|stop start', sets: { [smooth]: 'jerky' } },
  { terms: 'rough|roughly|bumpy|rugged|judder|juddering|lurching|lurch|rocky|rough-and-ready|raw|gritty|scrappy', sets: { [smooth]: 'rough' } },
  { terms: 'horizontal|horizontally|sideways|side to side|side-to-side|left to right|right to left|left-to-right|right-to-left|lateral|laterally|across the frame|across the screen|sideways drift|side-scrolling|side scrolling', sets: { [direction]: 'horizontal' } },
  { terms: 'vertical|vertically|up and down|up-and-down|upward|upwards|downward|downwards|rising|rises|ascending|ascend|descending|descend|falling|falls|sinking|dropping|floating up|drifting up|drifting down|top to bottom|bottom to top|top-to-bottom|bottom-to-top|skyward|skywards|plummeting|plummet', sets: { [direction]: 'vertical' } },
  { terms: 'diagonal|diagonally|slanting|slanted|oblique|obliquely|corner to corner|corner-to-corner|at an angle|angled', sets: { [direction]: 'diagonal' } },
  { terms: 'radial|radially|outward|outwards|expanding|expands|expand|radiating|radiates|radiate|spiral|spirals|spiraling|swirl|swirls|swirling|vortex|whirlpool|burst|bursting|starburst|explode outward|exploding outward|from the center|zooming outward|kaleidoscope|spinning|spin|spins|twirl|twirling|rotating shapes|concentric', sets: { [direction]: 'radial' } },
  { terms: 'pulse|pulses|pulsing|pulsating|pulsate|throb|throbbing|strobe|strobing|strobes|flashing|flashes|flicker|flickering|blinking|blink|heartbeat|beating|bouncing|bounce|bounces|bouncy|thumping|beat-synced|beat synced|on the beat|to the beat|rhythmic|rhythmical|breathing', sets: { [rhythm]: 'pulsing' } },
  { terms: 'wave|waves|wavy|wave-like|wavelike|undulating|undulate|undulates|rippling|ripple|ripples|swaying|sway|sways|ebb and flow|ebbing|oscillating|oscillate|oscillation|bobbing|bob|floaty|floating|billowing|billow|billows|lapping|rocking|rolling', sets: { [rhythm]: 'wave' } },
  { terms: 'waves|wave|surf|breakers|crashing waves|waves crashing|tide|swell', sets: { [palette]: 'ocean', [setting]: 'nature' }, implies: { [rhythm]: 'wave' }, cues: cuesFor(['water', 'nature'], ['ocean', 'sea', 'beach', 'shore', 'coast', 'crashing', 'surf', 'surfing', 'surfer', 'sand', 'seaside', 'tide', 'against', 'rocks', 'cliffs', 'ocean', 'breaking', 'on']), prior: 0.3 },
  { terms: 'random|randomly|erratic|erratically|chaotic|chaotically|chaos|unpredictable|unpredictably|haphazard|all over the place|frenzied|frenzy|jittery|scattered|helter-skelter|every which way|madcap|manic|pandemonium|bedlam|mayhem', sets: { [rhythm]: 'random' }, energy: 0.4 },
  { terms: 'steady|steadily|constant|constantly|even|evenly|regular|regularly|metronomic|consistent|consistently|unwavering|measured|methodical|steady rhythm|clockwork', sets: { [rhythm]: 'steady' } },

  // ---- lighting ------------------------------------------------------------------------------
  { terms: 'noir|film noir|neo-noir|neo noir|noirish|noir-ish|venetian blinds|venetian blind shadows|hard shadows|hardboiled|detective movie', sets: { [preset]: 'noir' }, implies: { [contrast]: 'high', [tone]: 'dark', [palette]: 'mono' } },
  { terms: 'low-key lighting|low key lighting|low-key light|low key light|low-key lit', sets: { [preset]: 'noir', [contrast]: 'high' } },
  { terms: 'high-key|high key|high-key lighting|high key lighting|bright even lighting|evenly lit', sets: { [contrast]: 'flat', [preset]: 'documentary' }, implies: { [tone]: 'bright' } },
  { terms: 'golden hour|golden-hour|magic hour|golden light|sunset light|late afternoon light|late-afternoon light|evening light|warm evening light|low sun|setting sun|sunset glow|afterglow|sundown|dusk light', sets: { [preset]: 'golden_hour', [temperature]: 'warm' }, implies: { [palette]: 'warm_sunset' } },
  { terms: 'neon|neon tube|neon tubes|neon-lit|neon lit|neon lights|neon light|neon signs|neon sign|neon glow|blacklight|black light|uv light|uv lights|fluorescent|rgb lighting|rgb lights|led strips|led lights|glow sticks|glowsticks|arcade lights', sets: { [preset]: 'neon', [palette]: 'neon' }, implies: { [setting]: 'urban' } },
  { terms: 'cyberpunk|synthwave|retrowave|outrun|vaporwave|tron|blade runner|cyber', sets: { [palette]: 'neon', [preset]: 'neon' }, implies: { [setting]: 'urban' }, kind: 'slang', variety: 'internet' },
  { terms: 'natural light|natural lighting|daylight|available light|documentary lighting|naturalistic lighting|ambient daylight|window light|overcast daylight|daylit|sunlit|sunlight|broad daylight|midday sun|noon sun|midday', sets: { [preset]: 'documentary' } },
  { terms: 'moody lighting|low light|low-light|dim|dimly|dim light|dimly lit|dimly-lit|candlelit|candle-lit|candlelight|candle light|by candlelight|shadowy|murky|gloomy|gloom|half-light|half light|twilight gloom|dingy|dusky|crepuscular', sets: { [preset]: 'moody' }, implies: { [tone]: 'moody' } },
  { terms: 'warm|warmer|warmth|warm light|warm tones|warm tone|warm colours|warm colors|warm-toned|warm toned|amber light|tungsten|incandescent|firelight|fire light|honeyed|balmy|toasty|sun-drenched|sun drenched|sunkissed|sun-kissed|glowing|glow|glows|cozy|snug|hygge|fairy lights|string lights|lamplight|lamp light|lamplit|orange glow|hearth', sets: { [temperature]: 'warm' } },
  { terms: 'cool|cooler|cool tones|cool tone|cool colours|cool colors|cool-toned|cool toned|cold|colder|cold light|icy light|chilly|blue hour|moonlight|moonlit|moonbeams|wintry|frosty|steely|clinical|sterile|freezing|bitter cold|crisp winter|cold blue|blue tint|teal tint', sets: { [temperature]: 'cool' } },
  { terms: 'cool', sets: {}, cues: { words: ['looks', 'look', 'looking', 'really', 'something', 'pretty', 'super', 'so', 'that', 'is', 'very', 'kinda'], next: ['looking', 'vibe', 'vibes', 'idea', 'thing', 'stuff'] }, prior: 0.2, kind: 'slang', variety: 'general' },
  { terms: 'neutral light|neutral lighting|neutral white|neutral tones|white balanced|daylight balanced|color neutral', sets: { [temperature]: 'neutral' } },
  { terms: 'flat|flat lighting|flat light|soft light|soft lighting|diffuse|diffused|diffused light|overcast|cloudy|gray skies|even lighting|evenly lit|low contrast|low-contrast|washed out|washed-out|hazy|haze|foggy|fog|misty|mist|drizzle|drizzly|murk|smoggy|smog', sets: { [contrast]: 'flat' } },
  { terms: 'high contrast|high-contrast|contrasty|punchy contrast|harsh|harsh light|harsh lighting|hard light|hard lighting|stark|deep shadows|bold shadows|crisp shadows|strong shadows|crushed blacks|inky shadows|inky blacks|dramatic lighting|dramatic light|spotlight|spotlit|single spotlight', sets: { [contrast]: 'high' } },
  { terms: 'chiaroscuro|rembrandt lighting|rembrandt light|pools of light|pool of light|shafts of light|shaft of light|god rays|light rays|crepuscular rays|silhouette|silhouettes|silhouetted|backlit|backlight|backlighting|rim light|rim lit|rim-lit|contre-jour|caravaggio', sets: { [contrast]: 'chiaroscuro' }, implies: { [preset]: 'moody' } },
  { terms: 'lit', sets: { [tone]: 'energetic', [mood]: 'uplifting' }, implies: { [tempo]: 'fast', [speed]: 'fast' }, kind: 'slang', variety: 'internet', cues: partyCues, prior: 0.45, energy: 0.7 },
  { terms: 'lit', sets: { [preset]: 'moody' }, cues: lightCues, prior: 0.4 },
  { terms: 'lit-up|all lit up|lighted|illuminated|illuminate|illuminating|glowing with light', sets: { [tone]: 'bright' } },
  { terms: 'candlelit|candle-lit|by candlelight|candlelight|candle light|candles|candle|lanterns|lantern|fireplace|hearth|log fire|wood stove|woodstove|campfire light|torchlight|oil lamp|oil lamps|firelit|fire-lit', sets: { [temperature]: 'warm', [preset]: 'moody' } },
  { terms: 'streetlights|streetlight|street lights|street lamps|sodium lights|sodium light|street lamp', sets: { [setting]: 'urban', [temperature]: 'warm' }, implies: { [palette]: 'night' } },

  // ---- palette concept words (see palettes.ts for their colours) ------------------------------
  { terms: 'sunset|sunsets|sunrise|sunrises|dusk|dawn|daybreak|sunup|nightfall|twilight|sunset colours|sunset colors|sunset palette|sunset sky|sunset tones', sets: { [palette]: 'warm_sunset' }, implies: { [preset]: 'golden_hour', [temperature]: 'warm' } },
  { terms: 'ocean|oceans|sea|seas|underwater|undersea|seaside|seascape|beach|beaches|aquatic|marine|lagoon|tropical water|deep sea|deep-sea|reef|coral reef|surf|the briny', sets: { [palette]: 'ocean', [setting]: 'nature' } },
  { terms: 'forest|forests|woods|woodland|woodlands|jungle|rainforest|rain forest|leafy|mossy|moss|evergreen|pine forest|pinewood|greenery|foliage|canopy|ferns|bush|fern gully', sets: { [palette]: 'forest', [setting]: 'nature' } },
  { terms: 'night|nights|midnight|nighttime|night-time|night time|starry|starlit|starry sky|after dark|nocturnal|late night|late-night|night sky|3am|small hours|wee hours|moonless|stars|the stars|moon|the moon|moonrise|full moon', sets: { [palette]: 'night' }, implies: { [temperature]: 'cool' } },
  { terms: 'fire|fires|flames|flame|flaming|blaze|blazing|inferno|embers|ember|lava|molten|volcanic|volcano|bonfire|campfire|burning|ablaze|on fire|wildfire|bushfire|firestorm|sparks', sets: { [palette]: 'fire' }, implies: { [temperature]: 'warm' }, cues: cuesFor(['nature', 'light_source'], ['burning', 'burn', 'burns', 'smoke', 'smoky', 'logs', 'camp', 'sparks', 'crackling', 'a', 'the', 'of', 'on', 'around', 'flames', 'hot', 'heat', 'glow', 'orange', 'red', 'wood', 'forest', 'house', 'building', 'fighting', 'fighter', 'fighters']), prior: 0.5, energy: 0.25 },
  { terms: 'fire|fuego|straight fire|absolute fire|pure fire', sets: { [intensity]: 'high', [tone]: 'energetic' }, kind: 'slang', variety: 'internet', cues: { tags: ['music', 'party'], words: ['is', 'was', 'so', 'straight', 'absolute', 'pure', 'this', 'that', 'beat', 'track', 'tune', 'song', 'mixtape', 'verse', 'banger', 'lowkey', 'honestly', 'literally', 'fit', 'outfit', 'drip'] }, prior: 0.3, energy: 0.6 },
  { terms: 'icy|ice|frost|frosty|frosted|snow|snowy|snowfall|snowflakes|snowstorm|blizzard|winter|wintry|wintery|wintertime|glacier|glacial|arctic|antarctic|polar|tundra|iceberg|icebergs|frozen|sleet|hoarfrost|ice palace|winter wonderland', sets: { [palette]: 'icy' }, implies: { [temperature]: 'cool' } },
  { terms: 'autumn|autumnal|fall foliage|fall colours|fall colors|fall leaves|autumn leaves|falling leaves|harvest|harvest time|october|november|pumpkin spice|halloween', sets: { [palette]: 'autumn' }, implies: { [temperature]: 'warm' } },
  { terms: 'desert|deserts|dunes|dune|sand dunes|sahara|arid|red center|badlands|mesa|canyon|canyons|sandy|sun-baked|sunbaked|scorched', sets: { [palette]: 'desert', [setting]: 'nature' }, implies: { [temperature]: 'warm' } },
  { terms: 'dreamy palette|pastel dream|fairytale|fairy tale|fairy-tale|fairy|fairies|bubblegum|unicorn|kawaii|lavender haze', sets: { [palette]: 'dreamy', [modifier]: 'pastel' }, implies: { [tone]: 'dreamy' } },
  { terms: 'black and white|black-and-white|monochrome|monochromatic|grayscale|b&w|b and w|bw|colorless|desaturated|no color|without color|without any color|silver screen|sepia', sets: { [palette]: 'mono', [modifier]: 'monochrome' } },
  { terms: 'earthy|earth tones|earth-tones|earthtones|earth tone|terracotta|rustic|clay|ochre tones|natural tones|muted earth|woody|cottagecore|cabin-core|boho', sets: { [palette]: 'earthy', [modifier]: 'muted' } },
  { terms: 'tropical|tropics|tropicana|paradise island|palm trees|palm tree|palms|jungle fruit|tiki|island paradise|caribbean|hawaiian', sets: { [palette]: 'tropical', [setting]: 'nature' }, implies: { [temperature]: 'warm', [tone]: 'bright' } },
  { terms: 'candy|sweets|lollipop|confetti|rainbow|rainbows|technicolor|kaleidoscope of color|every color|all the colors|multicolored|multi-colored', sets: { [palette]: 'candy', [modifier]: 'vivid' }, implies: { [tone]: 'bright' } },
  { terms: 'dark academia', sets: { [palette]: 'earthy', [tone]: 'moody', [setting]: 'interior' }, kind: 'slang', variety: 'internet' },

  { terms: 'fiery|flame-coloured|flame-colored|flame coloured|flame colored|fire-coloured|fire-colored', sets: { [palette]: 'fire' } },
  { terms: 'lighting|the lighting|light source|light sources|colour scheme|color scheme|colour grade|color grade|grade|grading', sets: {} },
  { terms: 'light leak|light leaks', sets: { [style]: 'cinematic' }, implies: { [tone]: 'dreamy' } },

  // ---- palette modifiers ---------------------------------------------------------------------
  { terms: 'pastel|pastels|pastel colours|pastel colors|pastel tones|soft colours|soft colors|soft pastel|candy-colored|sorbet|sherbet|powdery|chalky|baby', sets: { [modifier]: 'pastel' }, energy: -0.3 },
  { terms: 'muted|washed out|washed-out|muted colours|muted colors|muted tones|dull|dull colours|dull colors|drab|faded|washed-out colours|washed out colours|desaturated colours|subdued colours|dusty|dusky colours|understated colours|low saturation|low-saturation|sun-bleached|bleached|matte|greyed-out|grayed-out', sets: { [modifier]: 'muted' }, energy: -0.3 },
  { terms: 'vivid|vibrant|saturated|jewel-toned|jewel toned|lots of color|full of color|splash of color|splashes of color|burst of color|bursting with color|riot of color|explosion of color|pops of color|pop of color|psychedelic|bold colours|bold colors|bright colours|bright colors|colorful|punchy colours|punchy colors|poppy|pops of color|pop of color|electric colours|electric colors|rich colours|rich colors|juicy colours|juicy colors|lurid|garish|gaudy|loud colours|loud colors|eye-popping|fluorescent colours|dayglo|day-glo|high saturation|oversaturated|hyper-saturated|jewel tones', sets: { [modifier]: 'vivid' }, energy: 0.3 },
  { terms: 'light|pale|light colours|light colors|pale colours|pale colors|pale tones|light tones|airy colours|washed|bleached-out|whitewashed', sets: { [modifier]: 'light' }, cues: { tags: ['color'], words: ['colours', 'colors', 'tones', 'palette', 'shades', 'hues', 'and'] }, prior: 0.35 },
  { terms: 'dark colours|dark colors|dark tones|deep colours|deep colors|deep tones|dark palette|darker tones|rich dark|inky|jewel-dark', sets: { [modifier]: 'dark' } },
  { terms: 'warm colours|warm colors|warm palette|warm tones|warm hues|warm shades', sets: { [modifier]: 'warm', [temperature]: 'warm' } },
  { terms: 'cool colours|cool colors|cool palette|cool tones|cool hues|cool shades|cold colours|cold colors|cold tones', sets: { [modifier]: 'cool', [temperature]: 'cool' } },

  // ---- audio ---------------------------------------------------------------------------------
  { terms: 'silent|silence|silently|no sound|no sounds|mute|muted audio|soundless|no audio|without sound|dead quiet|total silence|complete silence|in silence|noiseless|hushed|quiet|quietly|pin-drop|pin drop silence|no noise', sets: { [presence]: 'silence' }, implies: { [tone]: 'calm' }, energy: -0.3 },
  { terms: 'music|musical|soundtrack|score|song|songs|tune|tunes|melody|melodies|playlist|banger|bangers|bop|bops|jam|jams|anthem|synth|synths|synthesizer|piano|guitar|guitars|drums|drum|orchestral|orchestra|strings|string quartet|choir|vocals|singing|lyrics|instrumental|beat|beats|bassline|bass line|riff|riffs|loop|music video|theme tune|theme song|chiptune|8-bit music|bagpipes|fiddle|didgeridoo|mixtape|dj set|dj|bpm', sets: { [presence]: 'music' } },
  { terms: 'lo-fi|lofi|lo fi|lo-fi beats|lofi beats|lo-fi hip hop|lofi hip hop|chillhop|chill beats|study beats|beats to study to|beats to relax to|chillwave|bedroom pop', sets: { [presence]: 'music', [mood]: 'calm', [tempo]: 'slow' }, implies: { [tone]: 'calm', [speed]: 'slow' }, kind: 'slang', variety: 'internet', energy: -0.4 },
  { terms: 'jazz|jazzy|blues|bluesy|soul|soulful|r and b|rnb|motown|bossa nova|lounge music|acoustic|folk music|folk|indie folk|singer-songwriter|ballad|ballads|lullaby|lullabies|classical|classical music|piano music|chamber music|ambient music|new age|downtempo|trip hop|trip-hop|slowcore|shoegaze|dream pop|slow jam|slow jams|easy listening|smooth jazz', sets: { [presence]: 'music' }, implies: { [tempo]: 'slow', [mood]: 'calm' } },
  { terms: 'techno|house music|deep house|edm|trance|drum and bass|drum n bass|dnb|d and b|jungle music|dubstep|hardstyle|gabber|breakbeat|breakbeats|big beat|rave|rave music|club music|dance music|disco|funk|funky|punk|punk rock|heavy metal|thrash|hardcore|hip hop|hip-hop|rap|trap|uk drill|uk garage|afrobeats|reggaeton|k-pop|kpop|j-pop|pop music|electro|electronica|synthpop|hyperpop|bhangra|ska|rock music|rock and roll|indie rock|surf rock|phonk|footwork|juke', sets: { [presence]: 'music' }, implies: { [tempo]: 'fast', [mood]: 'uplifting' }, energy: 0.5 },
  { terms: 'rock', sets: { [subject]: 'rock' }, implies: { [setting]: 'nature' }, cues: cuesFor(['nature', 'water'], ['rocks', 'cliff', 'sea', 'beach', 'shore', 'mountain', 'moss', 'mossy', 'stone', 'boulder', 'sitting', 'perched', 'jagged', 'wet', 'pool']), prior: 0.3 },
  { terms: 'house|home|houses', sets: { [setting]: 'interior' }, cues: { words: ['inside', 'indoors', 'interior', 'upstairs', 'downstairs', 'rooms', 'room', 'kitchen', 'haunted', 'empty', 'abandoned'], previous: ['my', 'our', 'your', 'his', 'her', 'their'] }, prior: 0.3 },
  { terms: 'jungle|garage|drill|grime|swing|metal|soul|country|pop|house|rock', sets: { [presence]: 'music' }, implies: { [tempo]: 'fast' }, cues: musicCues, prior: 0.3 },
  { terms: 'sound effects|sound effect|sfx|foley|whoosh|whooshes|whooshing|swoosh|swooshes|footsteps|explosion sounds|bangs|crashes|impacts|impact sounds|gunshots|gunshot|sirens|siren|alarms|sound design|risers|stingers|thunderclap|creaks|creaking', sets: { [presence]: 'sfx' } },
  { terms: 'ambient|ambience|ambiance|atmos|room tone|background noise|background sound|background sounds|field recording|nature sounds|birdsong|bird song|birds chirping|wind sounds|soundscape|drone|droning|hum|humming|white noise|rain sounds|sound of rain|sound of the sea|sound of waves|crowd noise|city sounds|traffic noise|street noise|murmur|murmuring|rustling|rustle|crackling fire|distant traffic', sets: { [presence]: 'ambient' } },
  { terms: 'full soundtrack|full audio|full mix|music and sound effects|music and sfx|music plus sfx|sfx and music|sound effects and music|everything audio|full sound design|music with effects', sets: { [presence]: 'full' } },
  { terms: 'sound|audio|noise|noises', sets: {}, kind: 'exact' },
  { terms: 'downtempo|slow tempo|slow beat|slow beats|slow bpm|low bpm|low-bpm|adagio|largo|lento|slow-paced music|slow jam|unhurried beat|plodding beat', sets: { [tempo]: 'slow' } },
  { terms: 'mid-tempo|midtempo|mid tempo|moderate tempo|medium tempo|andante|moderato|groovy|groove|nodding beat|head-nodding|head nodding', sets: { [tempo]: 'medium' } },
  { terms: 'uptempo|up-tempo|up tempo|fast tempo|fast beat|fast beats|high bpm|high-bpm|driving beat|driving|pounding beat|pounding|four-on-the-floor|four on the floor|allegro|presto|frenetic beat|breakneck beat|double-time|double time|rapid-fire beat', sets: { [tempo]: 'fast' }, energy: 0.5 },
  { terms: 'calm|calming|chill|chilled|chilled out|chilled-out|chill out|chillout|relaxing|relaxed|soothing|peaceful|mellow|serene|tranquil|zen|laid-back|laid back|easygoing|easy-going|gentle|restful|meditative|meditation|spa|soft|lulling|sleepy|dreamy music|placid|unwinding|unwind', sets: { [mood]: 'calm', [tone]: 'calm' }, implies: { [tempo]: 'slow', [speed]: 'slow' }, energy: -0.5 },
  { terms: 'tense|tension|suspense|suspenseful|ominous|eerie|creepy|spooky|scary|anxious|anxiety|nervy|nervous|unsettling|unnerving|sinister|menacing|foreboding|dread|dreadful|uneasy|edgy|on edge|nail-biting|heart-pounding|heart pounding|thriller music|horror music|jump scare|stalking', sets: { [mood]: 'tense' }, implies: { [tone]: 'dark' } },
  { terms: 'uplifting|happy|joyful|joyous|cheerful|upbeat|feel-good|feelgood|feel good|euphoric|euphoria|triumphant|triumph|hopeful music|inspiring|inspirational|celebratory|celebration|festive|jubilant|elated|delighted|over the moon|ecstatic|gleeful|optimistic|sunny disposition|positive vibes|good vibes|good vibe', sets: { [mood]: 'uplifting' }, implies: { [tone]: 'bright', [tempo]: 'fast' }, energy: 0.5 },
  { terms: 'sad|sadness|melancholy|melancholic|mournful|gloomy|bleak|somber|doom|doomy|grim|heartbroken|heartbreaking|tragic|tearjerker|tear-jerker|weepy|tearful|despair|despairing|depressing|depressed|downcast|forlorn|desolate|lonely|loneliness|lonesome|sorrow|sorrowful|funereal|dirge|elegy|lament|fed up|down in the dumps|blue mood|feeling blue|the blues', sets: { [mood]: 'dark' }, implies: { [tone]: 'moody', [tempo]: 'slow' }, energy: -0.3 },
  { terms: 'blue', sets: { [mood]: 'dark', [tone]: 'moody' }, cues: { words: ['feeling', 'feel', 'feels', 'felt', 'mood', 'sad', 'so', 'bit', 'kinda', 'little', 'am', 'was', 'monday', 'mondays'] }, prior: 0.05 },
  { terms: 'neutral mood|neutral music|background music|elevator music|muzak|hold music|library music|stock music', sets: { [mood]: 'neutral', [presence]: 'music' } },

  // ---- narrative: genre ----------------------------------------------------------------------
  { terms: 'documentary|documentaries|docu|doc|docuseries|nature documentary|nature doc|wildlife documentary|documentary-style|documentary style|observational|fly-on-the-wall documentary|true story|real footage|reportage|newsreel|news report|vlog', sets: { [genre]: 'documentary' }, implies: { [style]: 'realistic', [preset]: 'documentary' } },
  { terms: 'thriller|psychological thriller|suspense thriller|horror|horror film|horror movie|slasher|crime|crime drama|heist|mystery|whodunit|whodunnit|murder mystery|noir thriller|spy|espionage|creepypasta|found footage|true crime|detective', sets: { [genre]: 'thriller' }, implies: { [mood]: 'tense', [tone]: 'dark' } },
  { terms: 'ad|ads|advert|adverts|advertisement|advertising|commercial|commercials|promo|promotional|promo video|brand film|brand video|product shot|product video|product demo|spot|tvc|sponsored|sponsored post|launch video|sales video|marketing video|billboard|infomercial|unboxing', sets: { [genre]: 'ad' } },
  { terms: 'tutorial|tutorials|how-to|how to|walkthrough|walk-through|step-by-step|step by step|guide|demo|demonstration|diy|do it yourself|masterclass|lesson on|learn how', sets: { [genre]: 'tutorial' } },
  { terms: 'educational|education|lesson|lessons|lecture|teaching|teach|learning|learn|science|scientific|history|historical|classroom|for kids|for children|kids show|school|academic|curriculum|revision', sets: { [genre]: 'educational' } },
  { terms: 'explainer|explain|explains|explained|explaining|explanation|breakdown|break down|what is|how does|how do|why does|infographic|infographics|motion graphics|data visualization|animated diagram|diagram', sets: { [genre]: 'explainer' } },

  // ---- narrative: tone -----------------------------------------------------------------------
  { terms: 'dreamy|dreamlike|dream-like|dreamy vibes|ethereal|surreal|surrealist|floaty|otherworldly|other-worldly|whimsical|magical|magic|enchanted|enchanting|fantasy|fantastical|mystical|soft focus|soft-focus|hazy dream|celestial|heavenly|angelic|gossamer|reverie|daydream|daydreaming|liminal|aesthetic|hypnagogic|trippy|psychedelic dream', sets: { [tone]: 'dreamy' }, implies: { [speed]: 'slow', [smooth]: 'fluid', [mood]: 'calm', [preset]: 'golden_hour' }, energy: -0.3 },
  { terms: 'dark|darkness|haunted|haunting|hauntingly|sinister|macabre|gothic|goth|horror vibes|ominous|evil|menacing|nightmarish|nightmare|dystopian|dystopia|apocalyptic|post-apocalyptic|grim|grimdark|cursed|creepy vibes|spooky vibes|ghostly|ghost|ghosts|ghoulish|morbid|deathly|shadowy figure|abandoned|derelict|graveyard|cemetery|crypt|witchy|occult|demonic|doom-laden|brooding menace', sets: { [tone]: 'dark' }, implies: { [preset]: 'noir', [mood]: 'tense', [contrast]: 'high', [palette]: 'night' } },
  { terms: 'bright|brightly|cheerful|sunny|sunshine|vibrant|joyful vibes|playful|poppy|bubbly|fun|fun-loving|jolly|breezy|lighthearted|light-hearted|carefree|radiant|dazzling|sparkling|sparkly|shiny|gleaming|lovely|gorgeous|beauty|peachy|brilliant|ace|wholesome|cute|adorable|kawaii', sets: { [tone]: 'bright' }, implies: { [mood]: 'uplifting', [temperature]: 'warm' }, energy: 0.2 },
  { terms: 'calm vibes|chill vibes|chill vibe|peaceful vibes|serenity|tranquillity|tranquility|stillness|quietude|quiet moment|slow living|cozy vibes|hygge|comfy|comfy vibes|snug|at peace|unhurried vibe|nap|lazy sunday|sunday morning', sets: { [tone]: 'calm', [mood]: 'calm' }, implies: { [speed]: 'slow' }, energy: -0.5 },
  { terms: 'energetic|energy|lively|dynamic|high-energy|high energy|explosive|frantic energy|punchy|pumped up|pumping|electric|electrifying|party|partying|rave|raving|banging|bangin|full-on|full on|adrenaline|adrenaline-fueled|action-packed|non-stop|nonstop|kinetic|thrilling|exhilarating|rowdy|boisterous', sets: { [tone]: 'energetic' }, implies: { [speed]: 'fast', [tempo]: 'fast', [mood]: 'uplifting' }, energy: 0.7 },
  { terms: 'moody|moodiness|brooding|broody|wistful|nostalgic|nostalgia|pensive|introspective|reflective|contemplative|atmospheric|bittersweet|melancholy vibes|sad vibes|rainy day|rainy|raining|rain|downpour|drizzle|drenched|soaked|overcast mood|autumnal mood|dark and moody|noir mood|film noir mood|longing|yearning|sentimental|memories|memory lane|retro nostalgia|vintage|vhs|faded memories|tender', sets: { [tone]: 'moody' }, implies: { [preset]: 'moody', [contrast]: 'flat', [temperature]: 'cool' } },
  { terms: 'neutral tone|matter-of-fact|matter of fact|straightforward|plain|ordinary|everyday|mundane|bog-standard|bog standard|vanilla|basic|grand|alright|meh', sets: { [tone]: 'neutral' }, weight: 0.5 },
  { terms: 'mid', sets: { [speed]: 'medium', [tempo]: 'medium' }, kind: 'slang', variety: 'internet', cues: { next: ['tempo', 'pace', 'speed', 'paced'] }, prior: 0.3 },
  { terms: 'mid', sets: { [tone]: 'neutral' }, kind: 'slang', variety: 'internet', cues: { words: ['kinda', 'bit', 'lowkey', 'honestly', 'pretty', 'so', 'just', 'is', 'was', 'looks'] }, prior: 0.25, energy: -0.2 },

  // ---- narrative: style ----------------------------------------------------------------------
  { terms: 'cinematic|cinematically|filmic|film-like|film like|movie-like|movie like|hollywood|blockbuster|epic|anamorphic|widescreen|35mm|35 mm|16mm|film grain|grainy film|letterbox|letterboxed|cinemascope|movie|film|feature film|trailer|movie trailer|main character|main character energy|film still', sets: { [style]: 'cinematic' } },
  { terms: 'abstract|abstraction|geometric|geometry|fractal|fractals|kaleidoscopic|kaleidoscope|psychedelic|trippy|generative|generative art|non-representational|glitch art|datamosh|procedural|shapes|patterns|op art|op-art|bauhaus|mondrian|suprematist|color field|visualizer|screensaver|lava lamp', sets: { [style]: 'abstract' } },
  { terms: 'minimal|minimalist|minimalistic|minimalism|clean|clean lines|simple|simplicity|sparse|stripped back|stripped-back|stripped down|pared back|pared-back|bare bones|uncluttered|flat design|scandi|scandinavian|japandi|less is more|understated design|sleek and simple', sets: { [style]: 'minimal' } },
  { terms: 'realistic|realism|photoreal|photorealistic|photo-realistic|lifelike|life-like|true to life|true-to-life|naturalistic|real-world|real world|live action|live-action|hyperreal|hyper-realistic|hyperrealistic|documentary realism|gritty realism|real life|irl|in real life', sets: { [style]: 'realistic' } },
  { terms: 'anime|manga|cel-shaded|cel shaded|cel-shading|cartoon|cartoons|cartoony|cartoonish|animated|animation|ghibli|studio ghibli|toon|toony|chibi|2d animation|hand-drawn|hand drawn|shonen|shojo|isekai|mecha|comic book|comic-book|comic style', sets: { [style]: 'anime' } },

  // ---- narrative: settings -------------------------------------------------------------------
  { terms: 'urban|city|cities|downtown|street|streets|cityscape|skyline|metropolis|alley|alleyway|rooftop|rooftops|subway|underground station|tube station|metro station|tokyo|london|sydney|melbourne|new york|nyc|manhattan|paris|seoul|hong kong|shibuya|chicago|high street|block|city block|the block|sidewalk|pavement|crosswalk|zebra crossing|traffic|skyscraper|skyscrapers|concrete jungle|inner city|inner-city|suburbs|suburban|strip mall|car park|parking lot|motorway|freeway|highway|interstate|overpass|underpass|petrol station|gas station|laneway|laneways|tram|trams|bus stop|train station|graffiti|neon city|megacity|nightlife|boardwalk|town|market square|piazza', sets: { [setting]: 'urban' } },
  { terms: 'nature|natural world|coast|coastal|shore|shoreline|wilderness|the wild|countryside|the countryside|rural|mountains|mountain|mountainside|hills|hill|hillside|valley|valleys|river|rivers|riverbank|lake|lakes|lakeside|pond|stream|creek|brook|waterfall|waterfalls|meadow|meadows|field|fields|prairie|savannah|savanna|grassland|moor|moors|moorland|heath|bog|marsh|swamp|wetlands|cliff|cliffs|clifftop|coastline|fjord|island|islands|volcano|cave|caves|canyon|gorge|highlands|the highlands|fells|dales|the dales|peak district|lake district|wetland|bayou|national park|garden|gardens|park|orchard|vineyard|farm|farmland|pasture|wildflowers|flowers|trees|tree|wildlife|animals|birds|sky|clouds|cloud|horizon|landscape|landscapes|scenery|the great outdoors|touch grass', sets: { [setting]: 'nature' } },
  { terms: 'interior|indoors|indoor|inside|room|rooms|kitchen|bedroom|living room|lounge|sitting room|front room|office|cafe|coffee shop|coffeehouse|bar|pub|apartment|flat|studio apartment|house interior|hallway|corridor|stairwell|staircase|warehouse|library|bathroom|basement|cellar|attic|loft|diner|classroom|restaurant|hotel room|hotel lobby|lobby|museum|gallery|church|cathedral|hospital|lab|laboratory|workshop|garage interior|greenhouse|conservatory|nightclub|club|dancefloor|dance floor|arcade|mall|shopping centre|shopping center|supermarket|shop|store|cabin|cottage|chalet|train carriage|carriage|car interior|spaceship interior|cockpit|liminal space|backrooms|the backrooms', sets: { [setting]: 'interior' } },
  { terms: 'flat', sets: { [setting]: 'interior' }, cues: { previous: ['a', 'my', 'the', 'our', 'their', 'his', 'her', 'your', 'council', 'tiny', 'small', 'cosy', 'cozy', 'cramped', 'empty', 'london', 'shared', 'studio', 'rented', 'new', 'old'], words: ['in', 'inside', 'at', 'living', 'rented', 'bedroom'] }, prior: 0.2 },
  { terms: 'exterior|exteriors|outside of|facade|façade|building exterior|storefront|shopfront|shop front|porch|veranda|verandah|driveway|front garden|backyard|back garden|courtyard|patio|balcony|terrace|front of the house|outside the house|street view|doorstep|front door', sets: { [setting]: 'exterior' } },
  { terms: 'studio|white studio|photo studio|photography studio|seamless backdrop|backdrop|cyclorama|cyc|infinity cove|infinity curve|green screen|greenscreen|green-screen|blue screen|bluescreen|sound stage|soundstage|on set|film set|movie set|tv set|tv studio|plain background|white background|black background|solid background|studio backdrop|product table|tabletop', sets: { [setting]: 'studio' } },
  { terms: 'outdoor|outdoors|outside|open air|open-air|al fresco|alfresco|in the open|out of doors|under the sky|under the stars|under open sky|camping|picnic|barbecue|bbq|festival field|touch grass|hiking|hike|ramble|rambling', sets: { [setting]: 'outdoor' } },
  { terms: 'void|the void|abstract space|nowhere|limbo|empty space|infinite space|black void|white void|endless void|cyberspace|dreamscape|dream world|dreamworld|digital space|virtual space|the metaverse|metaverse|inside a computer|simulation|negative space|blank canvas|no background|outer space|space|cosmos|galaxy|nebula|starfield|deep space', sets: { [setting]: 'abstract' } },

  // ---- narrative: themes ---------------------------------------------------------------------
  { terms: 'sprouting|sprouts|germinating|growing into|grows into|turning into|turns into|transformation|transformations|transform|transforms|transforming|metamorphosis|change|changes|changing|evolving|evolve|evolves|evolution|glow up|glow-up|glowup|rebirth|reborn|becoming|morphing|morph|morphs|emerge|emerges|emerging|blossoming|blooming|growth|growing up|coming of age|coming-of-age|before and after|makeover|caterpillar|butterfly|phoenix', sets: { [theme]: 'transformation' } },
  { terms: 'conflict|conflicts|battle|battles|war|wars|warfare|fight|fights|fighting|struggle|struggles|clash|clashes|rivalry|rivals|versus|vs|showdown|face-off|standoff|stand-off|duel|feud|argument|tension between|opposing forces|good versus evil|good vs evil|man vs nature|against the odds|rumble|clashing|armies|army|soldiers', sets: { [theme]: 'conflict' }, energy: 0.4 },
  { terms: 'journey|journeys|travel|traveling|travels|trip|road trip|road-trip|voyage|quest|adventure|adventures|odyssey|wandering|wanderlust|wander|pilgrimage|trek|trekking|expedition|backpacking|exploring|exploration|explorer|on the road|commute|commuting|migration|passage|crossing|the road ahead|going home|homecoming|runaway', sets: { [theme]: 'journey' } },
  { terms: 'identity|identities|self|selfhood|who i am|who am i|self-discovery|self discovery|finding yourself|finding myself|find yourself|individuality|reflection|reflections|mirror|mirrors|persona|alter ego|alter-ego|authentic self|true self|belonging|heritage|roots|coming out|self-portrait|self portrait|doppelganger', sets: { [theme]: 'identity' } },
  { terms: 'connection|connections|connected|friendship|friendships|friends|love|in love|loving|lovers|romance|romantic|togetherness|together|family|families|reunion|reunited|community|bond|bonding|kinship|companionship|camaraderie|holding hands|hug|hugs|embrace|embracing|wedding|date night|first date|couple|pals|buddies|neighbors', sets: { [theme]: 'connection' } },
  { terms: 'loss|lost love|grief|grieving|mourning|mourn|farewell|farewells|goodbye|goodbyes|saying goodbye|death|dying|died|absence|absent|heartbreak|broken heart|missing someone|missing you|memorial|funeral|wake|empty chair|left behind|the end|last goodbye|passing|passed away|bereavement|loss of', sets: { [theme]: 'loss' }, implies: { [mood]: 'dark', [tone]: 'moody' } },
  { terms: 'hope|hopeful|hopefully|hopes|optimism|optimistic|new beginnings|new beginning|fresh start|new dawn|light at the end of the tunnel|resilience|resilient|better days|brighter days|brighter future|a better tomorrow|rising again|rise again|second chance|silver lining|faith|believe|dream big|aspiration|renewal|spring awakening', sets: { [theme]: 'hope' }, implies: { [mood]: 'uplifting' } },

  // ---- narrative: tension curve --------------------------------------------------------------
  { terms: 'slow build|slow-build|slow burn|slow-burn|slow burner|builds slowly|building slowly|slowly building|building tension|tension builds|builds up|building up|build-up|buildup|crescendo|crescendos|gradually intensifying|gradually builds|escalating|escalates|escalate|ramping tension|rising tension|mounting tension|simmering|towards a climax|to a climax|climactic|climax', sets: { [tension]: 'slow_build' } },
  { terms: 'in medias res|straight into the action|straight in|starts with a bang|start with a bang|from the first frame|from the first second|right away|immediately|instant|instantly|sudden|suddenly|abrupt|abruptly|cold open|hits hard|hit hard|drops straight in|no build-up|no build up|no buildup|jump scare opening|out of nowhere', sets: { [tension]: 'immediate' } },
  { terms: 'flat arc|no climax|uneventful|monotonous|monotone|even tension|steady tension|unchanging|same throughout|no drama|without drama|no peaks|level throughout|static mood|stays the same', sets: { [tension]: 'flat' } },
  { terms: 'standard arc|classic arc|three-act|three act|beginning middle and end|rise and fall|story arc|narrative arc|build and release', sets: { [tension]: 'standard' } },

  // ---- transitions, gradient, shapes, symmetry ------------------------------------------------
  { terms: 'cut|cuts|hard cut|hard cuts|jump cut|jump cuts|smash cut|smash cuts|quick cuts|fast cuts|rapid cuts|snappy cuts|straight cut|straight cuts|cut to|cutting between|match cut|match cuts|choppy edit|choppy editing', sets: { transition: 'cut' } },
  { terms: 'fade|fades|fading|fade in|fade-in|fades in|fade out|fade-out|fades out|fade to black|fade from black|fade in from black|fade up from black|fade out to black|fades to black|fades in from black|fade to white|fade up|fade down|dip to black|dip to white', sets: { transition: 'fade' } },
  { terms: 'dissolve|dissolves|dissolving|cross dissolve|cross-dissolve|crossfade|cross-fade|crossfades|cross fade|blend into|blends into|blending into|melt into|melts into|morph transition|lap dissolve|soft transition|soft transitions', sets: { transition: 'dissolve' } },
  { terms: 'wipe|wipes|wipe transition|swipe transition|slide transition|iris wipe|star wipe|clock wipe|barn door|push transition', sets: { transition: 'wipe' } },
  { terms: 'radial gradient|circular gradient|sunburst gradient|vignette gradient|radial fade|radial glow', sets: { gradient: 'radial' } },
  { terms: 'vertical gradient|top-to-bottom gradient|top to bottom gradient|sky gradient|bottom-to-top gradient|vertical fade', sets: { gradient: 'vertical' } },
  { terms: 'horizontal gradient|left-to-right gradient|left to right gradient|side-to-side gradient|horizontal fade', sets: { gradient: 'horizontal' } },
  { terms: 'diagonal gradient|angled gradient|angular gradient|slanted gradient|corner-to-corner gradient|diagonal fade|angled', sets: { gradient: 'angled' }, cues: { words: ['gradient', 'gradients', 'fade', 'ramp', 'blend', 'background'] }, prior: 0.2 },
  { terms: 'circle|circles|circular|circular shapes|orb|orbs|ring|rings|dot|dots|polka dots|polka dot|bubble|bubbles|disc|discs|disk|disks|sphere|spheres|round shapes|roundels|bokeh|bokeh balls|spots|circular overlay', sets: { shape: 'circle' } },
  { terms: 'rectangle|rectangles|rectangular|square|squares|box|boxes|block|blocks|grid|grids|bars|stripes|stripy|tiles|tiled|checkerboard|checkered|panels|frames within frames|cubes|cube|blocky|pixel|pixels|pixelated|pixel art|8-bit', sets: { shape: 'rect' } },
  { terms: 'no shapes|no overlay|no overlays|without shapes|shapeless|no graphics', sets: { shape: 'none' } },
  { terms: 'symmetrical|symmetric|symmetry|symmetrically|mirrored|mirror image|mirror-image|wes anderson|centered|center-framed|perfectly centered|one-point perspective|bilateral', sets: { [symmetry]: 'bilateral' } },
  { terms: 'asymmetrical|asymmetric|asymmetry|off-center|off center|lopsided|unbalanced|rule of thirds|rule-of-thirds|wonky|skew-whiff|askew|dutch', sets: { [symmetry]: 'asymmetric' } },
  { terms: 'balanced|balanced composition|well balanced|well-balanced|harmonious composition|evenly balanced', sets: { 'composition.balance': 'balanced' } },
  { terms: 'left-heavy|weighted left|heavy on the left|on the left side|left side of the frame', sets: { 'composition.balance': 'left_heavy' } },
  { terms: 'right-heavy|weighted right|heavy on the right|on the right side|right side of the frame', sets: { 'composition.balance': 'right_heavy' } },
  { terms: 'top-heavy|top heavy|weighted to the top|upper third|at the top of the frame', sets: { 'composition.balance': 'top_heavy' } },
  { terms: 'bottom-heavy|bottom heavy|weighted to the bottom|lower third|at the bottom of the frame|low horizon', sets: { 'composition.balance': 'bottom_heavy' } },

  // ---- intensity words -----------------------------------------------------------------------
  { terms: 'intense|intensely|intensity|strong|powerful|forceful|extreme|dramatic|dramatically|bold|fierce|striking|vigorous|vivid intensity|maximal|maximalist|over the top|ott|turbo|all out|all-out|bombastic|massive|huge|big energy|in your face|in-your-face|loud|unhinged|no chill|go big|full send|send it|balls to the wall', sets: { [intensity]: 'high' }, energy: 0.8 },
  { terms: 'subtle|subtly|gentle|faint|faintly|mild|mildly|delicate|delicately|understated|restrained|subdued|quiet intensity|soft touch|light touch|barely there|whisper|whispery|tender|muted energy|no drama|easy does it', sets: { [intensity]: 'low' }, energy: -0.6 },

  // ---- further everyday words (added for coverage of common scene vocabulary) ----------------
  { terms: 'noon|at noon|high noon|midday sun|broad day', sets: { [preset]: 'documentary' } },
  { terms: 'heat|hot|heatwave|heat wave|heat haze|scorching|sweltering|summer|summery|summertime|humid|muggy|tropical heat|balmy night', sets: { [temperature]: 'warm' } },
  { terms: 'soft and even|soft even light|even light|soft diffused light|soft window light|soft daylight', sets: { [contrast]: 'flat' } },
  { terms: 'to the beat|on the beat|beat-synced|beat synced|in time with the music|synced to music', sets: { [presence]: 'music' } },
  { terms: 'liminal space|liminal spaces|liminal', sets: { [tone]: 'dreamy' } },
  { terms: 'festival|festivals|carnival|fiesta|celebration|celebrations|celebrating|street party|block party|fireworks display', sets: { [tone]: 'energetic' }, implies: { [mood]: 'uplifting' }, energy: 0.5 },
  { terms: 'wild|wildly', sets: { [tone]: 'energetic' }, energy: 0.6 },
  { terms: 'villain|villains|villainous|evil lair|lair|henchmen|dark lord|monster|monsters|demon|demons', sets: { [tone]: 'dark' }, implies: { [mood]: 'tense' } },
  { terms: 'ticking bomb|bomb|bomb disposal|hostage|hostages|manhunt|assassin|assassination', sets: { [genre]: 'thriller' }, implies: { [mood]: 'tense' } },
  { terms: 'arguing|argue|argues|argument|quarrel|quarrelling|quarreling|bickering|shouting match|row|rowing', sets: { [theme]: 'conflict' }, energy: 0.3 },
  { terms: 'boxing|boxer|boxers|boxing match|wrestling|wrestlers|martial arts|sparring|duelling|dueling|swordfight|sword fight|fistfight', sets: { [theme]: 'conflict', [scene]: 'action' }, energy: 0.6 },
  { terms: 'hike|hiking|hikes|hiker|hikers|trail|trek', sets: { [theme]: 'journey' } },
  { terms: 'sprint|sprinting|sprints|sprinter|dashing|charging|bolting|running|runner|runners|racing car|racecar', sets: { [speed]: 'fast' }, weight: 0.7, energy: 0.4 },
  { terms: 'lingering|linger|lingers|long take|long takes|lingering shot|unhurried shot', sets: { [speed]: 'slow' }, energy: -0.3 },
  { terms: 'vast|expansive|sprawling|immense|huge expanse|big sky|endless horizon|as far as the eye can see', sets: { [framing]: 'wide' } },
  { terms: 'bar chart|bar charts|bar graph|bar graphs|chart|charts|graph|graphs|histogram|spreadsheet', sets: { shape: 'rect' }, implies: { [genre]: 'explainer' } },
  { terms: 'neighborhood|neighbourhood|neighborhoods|intersection|crossroads|junction|market|marketplace|street market|bazaar|square|plaza|promenade|apartment block|apartment building|block of flats|shop fronts|shopfronts|storefronts|edinburgh|glasgow|dublin|belfast|cardiff|manchester|liverpool|birmingham|berlin|rome|mumbai|delhi|lagos|cairo|istanbul|bangkok|shanghai|beijing|singapore|los angeles|la|san francisco|brooklyn|toronto|vancouver|auckland|wellington|brisbane|perth|galway|cork', sets: { [setting]: 'urban' } },
  { terms: 'epic', sets: { [style]: 'cinematic', [intensity]: 'high' }, energy: 0.5 },
  { terms: 'volcano erupting|erupting|eruption|explodes|exploding|blast|blasts|crashing|smashing|shattering', sets: { [intensity]: 'high' }, energy: 0.5 },
  { terms: 'theater|theatre|cinema|auditorium|nursery|mansion|study|den|stage|backstage|desk|bookshelf|bookshelves|fireside|armchair|sofa|couch|bed|bedside', sets: { [setting]: 'interior' }, weight: 0.6 },

  // ---- regional English: British -------------------------------------------------------------
  { terms: 'chuffed|made up|buzzing|chuffed to bits|over the moon', sets: { [mood]: 'uplifting' }, implies: { [tone]: 'bright' }, kind: 'dialect', variety: 'british', energy: 0.4 },
  { terms: 'gutted|cheesed off|fed up|hacked off|miserable as sin', sets: { [mood]: 'dark' }, implies: { [tone]: 'moody' }, kind: 'dialect', variety: 'british', energy: -0.3 },
  { terms: 'grotty|minging|manky|grim up north|rank|grimy', sets: { [tone]: 'dark' }, implies: { [modifier]: 'muted' }, kind: 'dialect', variety: 'british' },
  { terms: 'brill|cracking|smashing|ace|top notch|top-notch|belter|blinder', sets: { [tone]: 'bright' }, implies: { [mood]: 'uplifting' }, kind: 'dialect', variety: 'british', energy: 0.3, weight: 0.6 },
  { terms: 'mint', sets: { [tone]: 'bright' }, implies: { [mood]: 'uplifting' }, kind: 'slang', variety: 'british', cues: { words: ['absolutely', 'proper', 'is', 'was', 'looks', 'dead', 'well', 'that', 'pure', 'so'], next: ['mate', 'that'] }, prior: 0.3 },
  { terms: 'knackered|shattered|cream crackered|done in|zonked|pooped|wrecked', sets: { [speed]: 'slow' }, kind: 'dialect', variety: 'british', energy: -0.6 },
  { terms: 'dodgy|sketchy|iffy|dicey|wonky camera', sets: { [steady]: 'shaky' }, implies: { [mood]: 'tense' }, kind: 'dialect', variety: 'british' },
  { terms: 'kerfuffle|faff|argy-bargy|hullabaloo|shambles|shambolic|all over the shop', sets: { [rhythm]: 'random' }, kind: 'dialect', variety: 'british', energy: 0.3 },
  { terms: 'kip|forty winks|lie-in|a lie in|chillax', sets: { [tone]: 'calm', [mood]: 'calm' }, implies: { [speed]: 'slow' }, kind: 'dialect', variety: 'british', energy: -0.6 },
  { terms: 'the smoke|big smoke|council estate|estate|the ends|ends|high rise|tower block|tower blocks|terraced houses|terraced street|corner shop|chippy|offy|off licence', sets: { [setting]: 'urban' }, kind: 'dialect', variety: 'british' },
  { terms: 'the local|boozer|bedsit|flatshare|box room|front room|lounge room', sets: { [setting]: 'interior' }, kind: 'dialect', variety: 'british' },
  { terms: 'mizzle|drizzle|grey skies|gray skies|overcast sky|pea souper|pea-souper|peasouper', sets: { [contrast]: 'flat', [temperature]: 'cool' }, implies: { [tone]: 'moody' }, kind: 'dialect', variety: 'british' },
  { terms: 'brass monkeys|nippy|parky|perishing|freezing cold', sets: { [temperature]: 'cool' }, implies: { [palette]: 'icy' }, kind: 'dialect', variety: 'british' },
  { terms: 'bonfire night|guy fawkes night', sets: { [palette]: ['fire', 'night'] }, implies: { [temperature]: 'warm' }, kind: 'dialect', variety: 'british' },
  { terms: 'aggro|barney|ruck|punch-up|scrap|bust-up|bust up|dust-up|dust up|argy bargy', sets: { [theme]: 'conflict' }, kind: 'dialect', variety: 'british', energy: 0.4 },
  { terms: 'mates|me mates|the gang|besties|bestie|squad|crew|fam|bezzie|bezzies|our kid', sets: { [theme]: 'connection' }, kind: 'slang', variety: 'british' },
  { terms: 'gap year|staycation|day trip|day out|road trip', sets: { [theme]: 'journey' }, kind: 'dialect', variety: 'british' },
  { terms: 'choon|choons|absolute choon|bangin choon', sets: { [presence]: 'music' }, implies: { [tone]: 'energetic' }, kind: 'slang', variety: 'british', energy: 0.5 },
  { terms: 'peng|fit|buff|stunning', sets: { [tone]: 'bright', [modifier]: 'vivid' }, kind: 'slang', variety: 'british', cues: { words: ['looks', 'is', 'proper', 'well', 'so', 'bare', 'dead', 'that', 'colours', 'colors', 'look'] }, prior: 0.25 },

  // ---- regional English: Scottish -------------------------------------------------------------
  { terms: 'dreich|dreichit', sets: { [contrast]: 'flat', [temperature]: 'cool', [tone]: 'moody' }, implies: { [palette]: 'mono', [modifier]: 'muted' }, kind: 'dialect', variety: 'scottish' },
  { terms: 'haar|sea haar|sea fret', sets: { [contrast]: 'flat', [temperature]: 'cool' }, implies: { [tone]: 'dreamy', [setting]: 'nature' }, kind: 'dialect', variety: 'scottish' },
  { terms: 'gloaming|the gloaming|simmer dim|the simmer dim', sets: { [preset]: 'golden_hour', [palette]: 'warm_sunset' }, implies: { [temperature]: 'warm' }, kind: 'dialect', variety: 'scottish' },
  { terms: 'bonnie|bonny|braw|stoater|stotter|pure dead brilliant', sets: { [tone]: 'bright' }, implies: { [mood]: 'uplifting' }, kind: 'dialect', variety: 'scottish', energy: 0.3 },
  { terms: 'baltic|pure baltic|jeelit|frozen solid', sets: { [temperature]: 'cool' }, implies: { [palette]: 'icy' }, kind: 'dialect', variety: 'scottish' },
  { terms: 'drookit|droukit|soaked through|pishing down|chucking it down|bucketing down', sets: { [tone]: 'moody', [contrast]: 'flat' }, implies: { [temperature]: 'cool' }, kind: 'dialect', variety: 'scottish' },
  { terms: 'glen|glens|loch|lochs|lochan|lochside|ben|bens|munro|munros|braes|brae|the highlands|highlands|heather moor|heather|machair|strath|corrie|burn side|burnside', sets: { [setting]: 'nature' }, implies: { [palette]: 'forest' }, kind: 'dialect', variety: 'scottish' },
  { terms: 'scunnered|greetin|greeting|wabbit|puggled|crabbit', sets: { [mood]: 'dark', [tone]: 'moody' }, kind: 'dialect', variety: 'scottish', energy: -0.3 },
  { terms: 'blether|blethering|a wee blether|natter|chinwag|chinwagging|yarn|yarning|having a yarn|catch-up|catch up', sets: { [scene]: 'dialogue' }, kind: 'dialect', variety: 'scottish' },
  { terms: 'ceilidh|hoolie|hooley|knees-up|knees up|shindig', sets: { [presence]: 'music', [tone]: 'energetic' }, implies: { [mood]: 'uplifting', [tempo]: 'fast' }, kind: 'dialect', variety: 'scottish', energy: 0.6 },
  { terms: 'hoaching|heaving|rammed|mobbed|packed out', sets: { [rhythm]: 'random', [tone]: 'energetic' }, kind: 'dialect', variety: 'scottish', energy: 0.4 },
  { terms: 'fankle|guddle|in a fankle|in a guddle|mingin', sets: { [rhythm]: 'random' }, kind: 'dialect', variety: 'scottish' },
  { terms: 'sleekit|shifty|creepit', sets: { [mood]: 'tense' }, kind: 'dialect', variety: 'scottish' },
  { terms: 'peely-wally|peelie-wallie|peely wally|wan', sets: { [modifier]: 'light' }, implies: { [modifier]: 'muted' }, kind: 'dialect', variety: 'scottish' },
  { terms: 'bothy|but and ben|croft', sets: { [setting]: 'interior' }, implies: { [setting]: 'nature' }, kind: 'dialect', variety: 'scottish' },
  { terms: 'oxter|bairn|wean|bairns|weans', sets: {}, kind: 'dialect', variety: 'scottish' },

  // ---- regional English: Irish -----------------------------------------------------------------
  { terms: 'craic|good craic|great craic|mighty craic|the craic|savage craic|session|sesh|the sesh', sets: { [tone]: 'energetic', [mood]: 'uplifting' }, implies: { [presence]: 'music' }, kind: 'dialect', variety: 'irish', energy: 0.6 },
  { terms: 'deadly|savage|class|gas|massive|unreal|sound out', weight: 0.6, sets: { [tone]: 'bright' }, implies: { [mood]: 'uplifting' }, kind: 'slang', variety: 'irish', cues: { words: ['is', 'was', 'looks', 'that', 'absolutely', 'pure', 'so', 'altogether', 'lads', 'craic', 'it', 'the', 'deadly'] }, prior: 0.3, energy: 0.3 },
  { terms: 'grand|grand so|sure it is grand|fair to middling|middling', sets: { [tone]: 'neutral' }, kind: 'dialect', variety: 'irish', weight: 0.5 },
  { terms: 'gaff|the gaff|me gaff|free gaff|press|hot press|back kitchen|scullery', sets: { [setting]: 'interior' }, kind: 'dialect', variety: 'irish' },
  { terms: 'soft day|a soft day|lashing|lashing rain|lashing down|pelting|bucketing|spitting', sets: { [contrast]: 'flat', [tone]: 'moody' }, implies: { [temperature]: 'cool' }, kind: 'dialect', variety: 'irish' },
  { terms: 'banjaxed|knackered camera|bockety|rickety|wonky|skew-whiff|banjaxed camera', sets: { [smooth]: 'jerky' }, implies: { [steady]: 'shaky' }, kind: 'dialect', variety: 'irish' },
  { terms: 'boreen|bog|the bog|bogland|the west|townland|the back of beyond', sets: { [setting]: 'nature' }, kind: 'dialect', variety: 'irish' },
  { terms: 'trad|trad session|trad music|diddly-eye|jig|jigs|bodhran|tin whistle|uilleann pipes', sets: { [presence]: 'music' }, implies: { [tempo]: 'fast', [mood]: 'uplifting' }, kind: 'dialect', variety: 'irish', energy: 0.4 },
  { terms: 'fierce', sets: { [intensity]: 'high' }, kind: 'dialect', variety: 'irish', energy: 0.6 },
  { terms: 'giving out|giving out yards|up to ninety|raging', sets: { [theme]: 'conflict', [mood]: 'tense' }, kind: 'dialect', variety: 'irish', energy: 0.4 },

  // ---- regional English: Welsh -----------------------------------------------------------------
  { terms: 'lush|tidy|cwtch|cwtchy', sets: { [tone]: 'bright' }, implies: { [temperature]: 'warm' }, kind: 'dialect', variety: 'welsh', energy: 0.2 },
  { terms: 'hiraeth', sets: { [tone]: 'moody', [theme]: 'loss' }, kind: 'dialect', variety: 'welsh' },
  { terms: 'cwm|cwms|valleys|the valleys|mynydd|eisteddfod', sets: { [setting]: 'nature' }, kind: 'dialect', variety: 'welsh' },

  // ---- regional English: Australian and New Zealand --------------------------------------------
  { terms: 'arvo|this arvo|sunday arvo|lazy arvo', sets: { [temperature]: 'warm', [preset]: 'documentary' }, implies: { [tone]: 'calm' }, kind: 'dialect', variety: 'australian' },
  { terms: 'servo|bottle-o|bottlo|maccas|milk bar|the cbd|cbd', sets: { [setting]: 'urban' }, kind: 'dialect', variety: 'australian' },
  { terms: 'outback|the outback|back o bourke|never never|the never never|the red centre|red dirt|gibber plain', sets: { [setting]: 'nature', [palette]: 'desert' }, kind: 'dialect', variety: 'australian' },
  { terms: 'the bush|bush|bushland|woop woop|billabong|bush track|mallee', sets: { [setting]: 'nature' }, implies: { [palette]: 'forest' }, kind: 'dialect', variety: 'australian' },
  { terms: 'fluoro|fluoros|fluoro lights|fluoro light|fluoro tubes', sets: { [preset]: 'neon', [palette]: 'neon' }, kind: 'dialect', variety: 'australian' },
  { terms: 'beaut|bonzer|ripper|grouse|bewdy|you beauty|bloody beautiful|fair dinkum beautiful', sets: { [tone]: 'bright' }, implies: { [mood]: 'uplifting' }, kind: 'dialect', variety: 'australian', energy: 0.3 },
  { terms: 'stoked|pumped|rapt|wrapped|frothing|frothing for it', sets: { [mood]: 'uplifting', [tone]: 'energetic' }, implies: { [tempo]: 'fast' }, kind: 'slang', variety: 'australian', energy: 0.6 },
  { terms: 'flat out|flat-out|full bore|hell for leather|like the clappers|like a bat out of hell|going off|goes off', sets: { [speed]: 'fast' }, implies: { [tone]: 'energetic' }, kind: 'dialect', variety: 'australian', energy: 0.7 },
  { terms: 'hectic|heaps hectic|unreal', sets: { [tone]: 'energetic' }, implies: { [rhythm]: 'random' }, kind: 'slang', variety: 'australian', energy: 0.6 },
  { terms: 'barbie|bbq|snags|esky|thongs|cozzie|cossie|togs|sunnies|brekkie|smoko', sets: { [setting]: 'outdoor' }, implies: { [temperature]: 'warm', [tone]: 'bright' }, kind: 'dialect', variety: 'australian' },
  { terms: 'walkabout|go walkabout|gone walkabout|road trip up the coast|tramping|bushwalk|bushwalking|great walk', sets: { [theme]: 'journey' }, implies: { [setting]: 'nature' }, kind: 'dialect', variety: 'australian' },
  { terms: 'sweet as|chur|mean as|all good', sets: { [tone]: 'bright' }, kind: 'slang', variety: 'new_zealand', energy: 0.2 },
  { terms: 'bach|whare', sets: { [setting]: 'interior' }, kind: 'dialect', variety: 'new_zealand' },
  { terms: 'whanau|the whanau|mates rates', sets: { [theme]: 'connection' }, kind: 'dialect', variety: 'new_zealand' },
  { terms: 'heaps good', sets: { [intensity]: 'high' }, kind: 'dialect', variety: 'australian', energy: 0.4 },

  // ---- regional English: American -------------------------------------------------------------
  { terms: 'bodega|stoop|brownstone|brownstones|the block|the projects|fire escape|fire escapes|strip mall|downtown|uptown|midtown|boardwalk|sidewalk|crosswalk|subway car|el train|the el|parking garage|gas station|interstate|freeway', sets: { [setting]: 'urban' }, kind: 'dialect', variety: 'american' },
  { terms: 'bayou|holler|the sticks|boondocks|the boonies|backwoods|backcountry|prairie|the plains|big sky country', sets: { [setting]: 'nature' }, kind: 'dialect', variety: 'american' },
  { terms: 'rad|gnarly|tubular|awesome|dope|tight|fly|sick', sets: { [tone]: 'energetic' }, implies: { [mood]: 'uplifting' }, kind: 'slang', variety: 'american', cues: { words: ['is', 'was', 'so', 'totally', 'hella', 'mad', 'wicked', 'pretty', 'super', 'that', 'looks', 'beat', 'beats', 'track', 'skate', 'skating', 'surf', 'surfing', 'waves', 'moves', 'trick', 'tricks', 'ride', 'really'] }, prior: 0.3, energy: 0.5 },
  { terms: 'fall|in the fall|fall foliage|fall vibes|fall colors|fall leaves|fall season|the fall', sets: { [palette]: 'autumn' }, implies: { [temperature]: 'warm' }, kind: 'dialect', variety: 'american', cues: { words: ['in', 'the', 'leaves', 'foliage', 'colors', 'colours', 'season', 'vibes', 'autumn', 'october', 'september', 'november', 'crisp', 'harvest', 'pumpkin', 'early', 'late', 'this'], notNext: ['of', 'from', 'down', 'off', 'into', 'over'] }, prior: 0.3 },
  { terms: 'y\'all|yall|howdy|down south|southern gothic', sets: {}, kind: 'dialect', variety: 'american' },
  { terms: 'southern gothic', sets: { [tone]: 'dark', [setting]: 'nature' }, implies: { [temperature]: 'warm' }, kind: 'dialect', variety: 'american' },
  { terms: 'wicked', sets: { [tone]: 'dark' }, cues: { words: ['witch', 'witches', 'evil', 'villain', 'stepmother', 'queen', 'curse', 'spell', 'sorcerer', 'the'], next: ['witch', 'witches', 'queen', 'stepmother', 'villain', 'deeds', 'spell', 'grin', 'smile', 'laugh'] }, prior: 0.2 },
  { terms: 'wicked', sets: { [tone]: 'bright' }, kind: 'slang', variety: 'american', cues: { words: ['is', 'was', 'that', 'looks', 'pretty', 'so', 'totally', 'absolutely'] }, prior: 0.2 },

  // ---- internet slang ------------------------------------------------------------------------
  { terms: 'lowkey|low key|low-key', sets: { [intensity]: 'low' }, implies: { [tone]: 'calm' }, kind: 'slang', variety: 'internet', energy: -0.4, prior: 0.5 },
  { terms: 'low-key|low key', sets: { [preset]: 'noir', [contrast]: 'high' }, cues: { words: ['lighting', 'light', 'lit', 'shadows', 'shadow', 'shadowy', 'noir', 'portrait', 'photography', 'contrast'] }, prior: 0.1 },
  { terms: 'highkey|high key', sets: { [intensity]: 'high' }, kind: 'slang', variety: 'internet', energy: 0.4, prior: 0.45 },
  { terms: 'bussin|bussin bussin|bussing|slaps|this slaps|it slaps|slapping|goes hard|go hard|goes crazy|hits different|hit different|goated|slay|slayed|slaying|ate|ate that|understood the assignment|turnt|turnt up|turn up|popping off|poppin|lit af|no skips|banger|bangers|absolute banger|a banger|certified banger|bop|a bop|vibe check', sets: { [tone]: 'energetic' }, implies: { [mood]: 'uplifting', [tempo]: 'fast' }, kind: 'slang', variety: 'internet', energy: 0.7 },
  { terms: 'slaps|banger|bangers|bop|absolute banger|a banger|certified banger|no skips|a bop|this slaps|it slaps|choon', sets: { [presence]: 'music' }, kind: 'slang', variety: 'internet' },
  { terms: 'hype|hyped|hype af|so hype|hyped up|amped|amped up|juiced|pumped up|turnt up', sets: { [tone]: 'energetic' }, implies: { [speed]: 'fast', [tempo]: 'fast', [mood]: 'uplifting' }, kind: 'slang', variety: 'internet', energy: 0.8 },
  { terms: 'vibey|vibing|vibin|vibe out|vibes out|immaculate vibes|vibes only|good vibes only', sets: { [tone]: 'calm' }, implies: { [presence]: 'music', [mood]: 'calm' }, kind: 'slang', variety: 'internet', energy: -0.2 },
  { terms: 'sus|kinda sus|mad sus|sketch|cursed|cursed energy|creepycore|unsettling vibes|liminal horror|uncanny', sets: { [mood]: 'tense' }, implies: { [tone]: 'dark' }, kind: 'slang', variety: 'internet' },
  { terms: 'extra|doing too much|over the top|ott|maximalist|unhinged|feral|chaotic energy|chaotic|gremlin mode|goblin mode|zoomies|the zoomies', sets: { [intensity]: 'high' }, implies: { [rhythm]: 'random', [tone]: 'energetic' }, kind: 'slang', variety: 'internet', energy: 0.8 },
  { terms: 'speedrun|speedrunning|speedran|sped up|sped-up|nightcore', sets: { [speed]: 'fast' }, implies: { [tempo]: 'fast' }, kind: 'slang', variety: 'internet', energy: 0.6 },
  { terms: 'slowed|slowed and reverb|slowed + reverb|slowed reverb|slowed down version', sets: { [speed]: 'slow', [tempo]: 'slow' }, implies: { [tone]: 'dreamy', [presence]: 'music' }, kind: 'slang', variety: 'internet', energy: -0.4 },
  { terms: 'cottagecore|goblincore|fairycore|naturecore|grandmacore|cabincore', sets: { [setting]: 'nature', [palette]: 'earthy' }, implies: { [tone]: 'calm', [temperature]: 'warm' }, kind: 'slang', variety: 'internet' },
  { terms: 'y2k|y2k aesthetic|2000s aesthetic|frutiger aero|webcore|dreamcore|weirdcore|kidcore|vaporwave aesthetic|seapunk|barbiecore', sets: { [palette]: 'candy', [modifier]: 'vivid' }, implies: { [tone]: 'dreamy' }, kind: 'slang', variety: 'internet' },
  { terms: 'glow up|glow-up|glowup|glow ups|character development|villain arc|new era|reinvention', sets: { [theme]: 'transformation' }, kind: 'slang', variety: 'internet' },
  { terms: 'main character|main character energy|main character moment|protagonist energy', sets: { [style]: 'cinematic' }, implies: { [theme]: 'identity' }, kind: 'slang', variety: 'internet' },
  { terms: 'touch grass|touching grass|go outside|outside time', sets: { [setting]: 'outdoor' }, implies: { [setting]: 'nature' }, kind: 'slang', variety: 'internet' },
  { terms: 'doomscroll|doomscrolling|brainrot|rotting|bed rot|bedrot', sets: { [tone]: 'moody' }, implies: { [setting]: 'interior' }, kind: 'slang', variety: 'internet', energy: -0.3 },
  { terms: 'no cap|on god|fr|frfr|for real|deadass|straight up|ong|periodt', sets: {}, kind: 'slang', variety: 'internet' },
  { terms: 'drip|dripped out|drippy|fit check|fitcheck', sets: { [style]: 'cinematic', [modifier]: 'vivid' }, kind: 'slang', variety: 'internet' },
  { terms: 'aesthetic af|aesthetic vibes|soft girl|soft aesthetic|clean girl', sets: { [tone]: 'dreamy', [modifier]: 'pastel' }, kind: 'slang', variety: 'internet' },
  { terms: 'sheesh|bruh|oof|yeet|rizz|bet|say less|ick|the ick|npc|mid af', sets: {}, kind: 'slang', variety: 'internet' },
  { terms: 'mid af|pretty mid|kinda mid|lowkey mid|so mid|mid vibes', sets: { [tone]: 'neutral' }, kind: 'slang', variety: 'internet', energy: -0.2 },
];

/**
 * Words of English that carry no field themselves but are not "unknown": articles, pronouns,
 * prepositions, auxiliaries, politeness and request phrasing ("make me", "I want"), and nouns that
 * only name the medium ("video", "clip", "scene").
 */
export const functionWords = new Set(
  (
    'a an the this that these those some any each every all both either neither my your his her its our their me him them us i you he she it we they ' +
    'of in on at to from by for with into onto over under above below through across along around between among behind beside near towards toward ' +
    'up down out off about as than then so such very too also just only even still yet ever again once here there where when while whilst as if ' +
    'and or but nor because since though although unless until whether be is are was were been being am do does did done doing have has had having ' +
    'will would shall should can could may might must let lets let\'s please make makes made making create creates created creating give gives ' +
    'show shows showing render renders generate generates want wants wanted need needs like likes love loves would i\'d i\'m im ' +
    'get gets got getting go goes going gone keep keeps kept put puts set feel feels feeling felt look looks looking seem seems ' +
    'video videos clip clips scene scenes shot shots footage frame frames image images visual visuals picture pictures animation sequence ' +
    'thing things something stuff kind sort type bit lot lots one ones way vibe vibes feel mood atmosphere aesthetic energy look style tones tone colour color colours colors palette hue hues shade shades ' +
    'with w/ plus which who whom whose what how why it\'s its itself themselves myself yourself ' +
    'yeah yes aye okay ok oi hey mate fam bro dude lads lad innit eh like literally basically honestly tbh ngl fr frfr no cap deadass bet ' +
    'reckon reckons g\'day cheers ta please thanks thank cuz coz cos bruv blud sis yall y\'all ya yer ye youse youse yous wee bairn ' +
    'yoke thingy whatsit gonna wanna gotta kinda sorta meaning means meant aka ie eg e g etc i.e e.g'
  ).split(' '),
);
