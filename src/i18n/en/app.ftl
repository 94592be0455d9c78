# GenLab's messages in English, one file per area. Every id here must also be in ko/*.ftl (tests/i18n.rs checks it).
# Numbers arrive already formatted, as strings.

## The shell
app-tagline = see how generative models turn noise into data
nav-data = Data & device
nav-diffusion = Diffusion
nav-flow = Flow matching
nav-gan = GAN
nav-vae = VAE
nav-images = Images
nav-compare = Compare
lang-switch = Language

## Charts drawn on canvases
chart-training-loss = training loss
chart-loss = loss
chart-step = step
chart-iteration = iteration
chart-even-share = even share
