#!/usr/bin/env node
// why: a committed launcher, so npm links `motionreg` at install time even before `dist/` is built.
import '../dist/bin.js';
