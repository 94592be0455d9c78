# GenLab's messages in English. Every id here must also be in ko.ftl (tests/i18n.rs checks it).
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

## The compare page
compare-intro = Four families, one dataset, one seed, one clock. They train in turn — a chunk each — so none gets more of the machine than the toggle says, and every few seconds each draws 2,000 samples that are scored by the same functions. Which one keeps every mode? Which one's samples look sharpest? Which can say how likely the data is?
compare-train-all = ▶ Train all
compare-pause-all = ❚❚ Pause all
compare-step = Step (one round)
compare-reset = Reset all
compare-equal-time = equal time
compare-equal-steps = equal steps
compare-clock = Share the clock
compare-preset-9010 = Imbalanced 90/10
compare-preset-9010-q = Who drops the small mode?
compare-preset-far = Far-apart clusters
compare-preset-far-q = Who still finds both when the gap between them is wide?
compare-preset-eight = Eight Gaussians
compare-preset-eight-q = Who covers all eight modes, and how evenly?
compare-preset-ring = Ring
compare-preset-ring-q = Who draws a thin ring, and who fills its hole?
compare-preset-drawn = Your own drawing
compare-preset-drawn-q = Draw points on the data page: who follows your shape?

family-diffusion = DDPM
family-flow = Flow matching
family-gan = GAN
family-vae = VAE
family-diffusion-what = learns to undo noise step by step (explicit: a likelihood bound)
family-flow-what = learns a velocity from noise to data (explicit: exact likelihood)
family-gan-what = a generator against a critic (implicit: samples, no density)
family-vae-what = decodes a Gaussian latent (explicit: the ELBO)

panel-at-bar = ✓ at the bar
panel-not-yet = ✗ not yet
panel-status = step { $step } · { $seconds } s trained
panel-waiting = waiting for its first measurement
panel-not-measured = Not measured yet: press Train all or Step
panel-samples-alt = { $name }: 2,000 samples over the data
panel-density = exact log-density (blue, 8 nats)

table-title = Measured the same way
table-lede = Every measurement draws 2,000 samples from each model and scores them with the same functions against fresh data. True shares: { $shares }.
table-shares = Share per mode
table-shares-hint = against the true weights
table-covered = Modes covered
table-covered-hint = ≥ half their weight
table-covered-value = { $covered } of { $modes }
table-near = Near the data
table-near-hint = within 3σ of a centre
table-mmd-hint = bar < { $bar }
table-frechet = 2-D Fréchet
table-frechet-hint = the analogue of FID
table-js = Grid JS
table-js-hint = nats, ≤ ln 2
table-loglik = Log-likelihood
table-loglik-hint = held-out data, nats per point
table-tobar = To the quality bar
table-tobar-hint = first measurement at the bar
table-tobar-value = { $steps } steps · { $seconds } s
table-not-yet = not yet
table-no-modes = no modes
table-implicit = none: an implicit model
table-bound = ≥ { $nats } (bound)
table-exact = { $nats } (exact)
table-nan = not a number
table-measuring = measuring…
table-truth = The data's own density gives { $nats } nats per point: no model can beat it on average. A bound (≥) may sit well below its model's true value: the DDPM's is loosest, from its first few coarse steps.
table-no-truth = This data has no closed-form density, so there is no true value to compare the log-likelihoods with.

charts-title = Over training time
charts-lede = Each point is one measurement; the x axis is the time that family has trained on the shared clock (with equal steps, the slower families get more of it).
chart-mmd2 = MMD² (log scale)
chart-frechet = 2-D Fréchet distance (log scale)
chart-js = Grid JS divergence (nats)
chart-loglik = Log-likelihood of held-out data (nats)
chart-x = training time (s)
chart-truth = true density

history-title = Training history
history-live = Live
history-resume = Resume from here
history-resume-hint = Train all four on from this moment: their later history is dropped
history-slider = Moment of training shown by all four panels
history-live-label = live: the models as they are now
history-time-label = showing each model as it was after about { $seconds } s of training (paused)
history-step-label = showing each model as it was at about step { $step } (paused)
