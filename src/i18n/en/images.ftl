## The images page

# Page: the digits and the forward process
img-intro = The same diffusion, on pictures: each pixel is one coordinate, and the forward process x_t = √ᾱ_t · x_0 + √(1 − ᾱ_t) · ε noises them all at once. The schedule is the one set on the Diffusion page.
img-digits-title = Real handwritten digits (MNIST)
img-digits-lede = { $n } of the 2,000 held-out MNIST digits (classes 0–9 in turn), picked by seed { $seed }. MNIST: LeCun, Cortes and Burges, under CC BY-SA 3.0; the models here trained on the other 8,000 and are judged against these.
img-digits-loading = Loading the real digits (1.7 MB, once; kept for offline use)…
img-own-title = Your own picture
img-own-hint = Drop in a PNG or JPEG to watch the forward process noise it: it is converted to grayscale and prepared as MNIST's digits were (its ink boxed in 20 pixels and centred in 28×28, the model's size), and takes the first place in the forward view.
img-upload = Use your own picture (PNG or JPEG)…
img-back = back to the digits
img-forward-title = Forward process on images
img-forward-lede = Step t = { $t } of { $last }: ᾱ_t = { $ab }, signal weight √ᾱ_t = { $signal }, noise weight √(1 − ᾱ_t) = { $noise }.
img-t-aria = Diffusion step t
img-strip-upload = Your picture at t = 0 … T
img-strip-digit = The first digit at t = 0 … T

# The reverse process
img-reverse-title = Reverse process: denoising step by step
img-reverse-lede = 16 images start as pure noise and the U-Net removes it step by step. Left: x_t; right: the model's guess of the clean image, x̂_0 = (x_t − √(1 − ᾱ_t)·ε̂)/√ᾱ_t, at the same step. Guidance w mixes the class-conditional and unconditional predictions, ε̂ = (1 + w)·ε(x, c) − w·ε(x, ∅): higher w, cleaner but less varied digits. The model was trained with its own schedule (linear β, T = 1000); DDIM visits a subset of those steps.
img-loading = Loading the shipped models…
img-loading-progress = Loading the shipped models… { $done } of { $total } kB
img-model-loaded = Model loaded: a U-Net of { $params } parameters ({ $kb } kB, f16).
img-working = Working…
img-denoise = Denoise 16 images
img-chain-info = { $sampler }: { $steps } steps in { $seconds } s ({ $frames } frames kept), guidance { $w }, { $model } model
img-model-shipped = shipped
img-model-trained = trained here ({ $steps } steps)
img-x0-title = x̂_0 (the model's guess)
img-reads-title = What the classifier reads
img-reads-finished = …in the finished images
img-confidence = confidence { $percent }%
img-frame-aria = Sampling step
img-no-chain = no chain yet
img-film-title = Filmstrip of the first image, from noise (left) to the finished digit
img-verdict-uncond = Unconditional: the 16 images are read as { $k } different digits.
img-verdict-hits = { $hits } of { $n } read as the class asked for (green).

# What to sample: class, guidance, sampler; a long task's progress
img-class = class
img-class-each = 0–9, one of each in turn
img-class-none = none: unconditional (∅)
img-class-only = only { $c }s
img-guidance = guidance w
img-guidance-none = No effect on unconditional images: ε̂ = ε(x, ∅).
img-sampler = sampler
img-sampler-ddim = DDIM (fewer steps)
img-sampler-ddpm = DDPM (all 1000 steps, ancestral)
img-ddim-steps = DDIM steps
img-eta = η (0: deterministic, 1: as DDPM)
img-task-score = Sampling and scoring
img-task-denoise = Denoising
img-task-progress = { $what }: step { $done } of { $total } · { $seconds } s
img-task-left = about { $seconds } s left
img-cancel = Cancel

# The scorecard
img-measure-title = How good, how varied? IS and FD analogues
img-measure-lede = The seed's measures, computed with this page's own small digit classifier in place of Inception-v3 — analogues, not comparable with published IS or FID values. IS analogue = exp(E KL(p(y|x) ‖ p(y))): high when each image is clearly one digit and the digits are varied (at most 10). FD analogue: the Fréchet distance between Gaussian fits of the classifier's features of the samples and of 1,000 held-out real digits (MNIST, never trained on) — low when the samples match the data in quality and variety. Both depend on n, so real digits and pure noise are scored at the same n beside them.
img-score-n = images to sample
img-measure = Measure { $n } samples (w = { $w })
img-sweep = Guidance sweep: w = 0, 1, 2, 4
img-uses = Uses the class and sampler above ({ $class }, { $sampler }).
img-pick-each = each
img-pick-none = none
img-th-images = images
img-th-is = IS analogue ↑
img-th-fd = FD analogue ↓
img-th-asked = read as asked
img-th-seen = classes seen
img-row-sampled = sampled, w = { $w }
img-row-real = real digits (same classes)
img-row-noise = pure noise
img-hist-sampled = sampled
img-hist-real = real digits
img-hist-title = what the classifier reads: { $n } images, { $classes }
img-classes-uncond = unconditional (∅)
img-classes-one = class { $c }
img-classes-each = 0–9 in turn
img-history-title = Measured so far (newest first)
img-th-classes = classes
img-th-sampler = sampler
img-th-model = model
img-th-asked-short = as asked
img-sweep-hint = Raise w and watch “read as asked” and IS climb while the variety within each class shrinks; FD weighs both.

# Training in the browser
img-train-title = Train in the browser
img-train-lede = Keep training the U-Net here, in the worker, on the 8,000 real training digits (MNIST, in class-balanced batches): either continue from the shipped weights or start from new ones drawn from the seed. Each step draws t and ε for a batch and takes one Adam step on ‖ε − ε_θ(x_t, t, c)‖², dropping the class 15 % of the time so guidance keeps working. The shipped model took 47 minutes of native CPU training (21,000 steps of 64 images); here on the CPU device expect about ten steps per second, so a fresh model needs patience.
img-train-batch = batch
img-sample-with = sample with
img-use-shipped = the shipped model
img-use-trained = the model trained here (EMA)
img-train-continue = ▶ Continue training
img-train-continue-shipped = ▶ Continue from the shipped model
img-train-fresh = Start from scratch
img-train-info-fresh = { $steps } steps from scratch · { $rate } steps/s · loss { $loss } (last 20)
img-train-info-shipped = { $steps } steps after the shipped model · { $rate } steps/s · loss { $loss } (last 20)
img-alt-xt = x_t of { $n } images at t = { $t }
img-alt-reads = the classifier reads them as { $classes }
img-alt-x0 = The model's guess x̂_0 of { $n } images at t = { $t }
img-alt-strip = One image's chain in { $frames } frames, from t = { $first } down to t = 0
img-alt-grid = { $n } held-out MNIST digits picked by seed { $seed }
img-alt-forward = { $n } digits noised to t = { $t }, { $signal } % of the signal kept
img-alt-strip-upload = Your picture
img-alt-strip-digit = One digit
img-alt-forward-strip = { $what } at { $frames } steps from t = 0 to t = { $last }: from the picture to noise
