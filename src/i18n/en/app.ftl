# GenLab's messages in English, one file per area. Every id here must also be in ko/*.ftl (tests/all/i18n.rs checks it).
# Numbers arrive already formatted, as strings.

## The shell
app-tagline = see how generative models turn noise into data
nav-home = Start
nav-data = Data & device
nav-diffusion = Diffusion
nav-flow = Flow matching
nav-gan = GAN
nav-vae = VAE
nav-images = Images
nav-lineup = Digit models
nav-compare = Compare
lang-switch = Language

## Charts drawn on canvases
chart-training-loss = training loss
chart-loss = loss
chart-step = step
chart-iteration = iteration
chart-even-share = even share

## Keys
keys-title = Keys
keys-space = Play or pause training
keys-arrows = One frame back or forward (on a page without frames, → trains one step)
keys-r = Reset the model
keys-n = Next: the tour chapter's next part in lecture mode, else the next chapter (opens the tour)
keys-p = Previous: the part or chapter before
keys-l = Lecture mode: large type, fewer controls
keys-f = Full screen
keys-help = This list
keys-typing = Keys do nothing while you type in a field or move a slider.
keys-close = Close

## Export
export-png = ⤓ PNG
export-webm = ● Record WebM
export-stop = ■ Stop and save
export-link = Copy link
export-copied = ✓ Link copied
tour-maths = The chapter's equation
