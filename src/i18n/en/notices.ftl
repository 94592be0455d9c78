## Notices (made by the URL parser, importers and the worker, as a Msg: an id and its arguments)

# The families inside a sentence, and opening one.
fam-diffusion = the diffusion model
fam-flow = the flow-matching model
fam-gan = the GAN
fam-vae = the VAE
fam-images = the image model
fam-digit_gan = the digit GAN trained here
fam-digit_vae = the digit VAE trained here
fam-diffusion-cap = The diffusion model
fam-flow-cap = The flow-matching model
fam-gan-cap = The GAN
fam-vae-cap = The VAE
fam-images-cap = The image model
fam-digit_gan-cap = The digit GAN trained here
fam-digit_vae-cap = The digit VAE trained here
word-step = step
word-iteration = iteration
word-nan = NaN
word-infinite = infinite
word-number = a number
word-whole-number = a whole number

# Divergence
notice-diverged = { $who } diverged at { $word } { $step }: { $what } became { $kind }. Training is paused. { $advice } { $back }
notice-who-run = { $who } (run { $run })
notice-restore-back = Restore goes back to the last good weights ({ $word } { $step }).
notice-restore-seed = Restore starts it again from the seed (no good weights were kept yet).
what-loss = its loss
what-samples = its samples
what-weights = its weights
what-generated = its generated points
what-codes = its codes and decoded points
what-d-loss = D's loss
what-g-loss = G's loss
what-generated-images = its generated digits
what-g-grad-norm = G's gradient norm
what-recon-loss = its reconstruction term
what-kl = its KL term
what-codes-images = its codes and decoded digits
advice-diffusion = Lower the learning rate or use a larger batch.
advice-flow = Lower the learning rate or use a larger batch.
advice-gan = Lower the learning rates or use Adam.
advice-vae = Lower the learning rate or raise the decoder noise σ_x.
advice-images = Lower the learning rate.
advice-digit_gan = Lower G's learning rate (the ratio to D's) or start again.
advice-digit_vae = Lower β or start again.
restore-to = Restore ({ $word } { $step })
restore-seed = Restore (start again)
notice-dismiss = Dismiss

# The worker and the device
notice-crashed = The training worker crashed: { $info }
notice-bad-command = The training worker could not read a command: { $error }
notice-worker-failed = The training worker failed to run: { $error }
notice-no-workers = Web workers are unavailable here: { $error }
notice-unreadable = A message from the training worker could not be read ({ $error }). Later ones like it are not shown; reloading the page starts afresh.
notice-no-gpu = WebGPU is not used: { $why }. Training runs on the CPU instead.
gpu-missing = this browser does not expose WebGPU (navigator.gpu is missing)
gpu-no-adapter = the browser offers no GPU adapter (it may be disabled, or blocklisted for this GPU)
gpu-failed = WebGPU could not start ({ $detail })
gpu-lost-at-start = WebGPU started but the GPU device was lost
gpu-native = WebGPU runs only in the browser build; the native build uses the CPU device
gpu-cpu-build = this build of GenLab runs on the CPU only
gpu-cpu-chosen = the CPU was chosen
gpu-build-failed = the WebGPU build of the model code could not be loaded ({ $detail })
status-starting-gpu = Starting WebGPU…
status-measuring-gpu = Measuring WebGPU (the first step compiles shaders)…
status-measuring-beside = Training on the CPU; measuring WebGPU beside it on the real model…
status-ready = Worker ready
status-training-on = Training on { $device }
badge-stopped = Worker stopped
badge-speed = { $rate } steps/s
badge-loading = Loading…
badge-title = Which device trains the models, and its measured speed (2×64 MLP, batch 256)
notice-kept-unfit = The kept weights did not fit ({ $error }); { $who } starts again from the seed.
notice-gpu-lost = The GPU stopped answering ({ $reason }). Everything moved to the CPU: { $then }.
lost-untouched = { $who } starts again from the seed (it had trained { $steps } steps, before any copy was kept)
lost-goes-on = { $who } goes on from step { $step } (weights kept { $age } s earlier)
lost-unfit = { $who } starts again from the seed (the kept weights did not fit: { $error })
lost-restart = { $who } starts again from the seed
lost-nothing = nothing had trained yet
moved-goes-on = { $who } goes on from step { $step }
moved-faster = it measured faster than the CPU on the real model: { $gpu } against { $cpu } steps a second
moved-asked = the test hook asked for it
notice-moved = Training moved to WebGPU ({ $why }): { $then }.
notice-retrained = The data changed, so every model trained on it starts again from the seed: { $models }.
retrained-one = { $who } ({ $n } { $word }s)

# The image models
notice-no-device = No device yet.
notice-no-device-train = No device yet for training.
notice-model-damaged = A model file is damaged: { $error }
notice-digits-damaged = The real digits could not be read: { $error }. The rest of the page still works.
notice-model-fetch = Could not fetch the image models ({ $error }).

# Files and points
notice-max-points = At most { $max } points can be drawn.
notice-import-refused = Import refused: { $why }. The current data is unchanged.
notice-picture-refused = Picture refused: { $why } Nothing was changed.
notice-file-unread = Could not read the file: { $error }
notice-bad-seed = “{ $raw }” is not a seed (a whole number 0…{ $max }).
csv-empty = the file has no x,y rows
csv-too-large = the file is { $mb } MB; the limit is { $limit } MB ({ $points } points)
csv-too-many = more than { $limit } rows; keep at most { $limit } points
csv-columns = line { $line } has { $found } column(s); each row needs exactly two numbers, x and y
csv-not-number = line { $line }: "{ $field }" is not a number
csv-out-of-range = line { $line }: values must be finite and within ±{ $max }
upload-empty = The file is empty.
upload-too-large = The file is { $mb } MB; pictures up to { $limit } MB are accepted.
upload-not-image = This file is not a PNG or JPEG picture.
upload-unsupported = { $kind } pictures are not supported here; use PNG or JPEG.
upload-corrupt = The picture could not be read (it may be damaged): { $why }.
upload-too-many-pixels = The picture is { $width }×{ $height } pixels; at most { $max } on each side is accepted.

# The link
url-no-preset = There is no preset “{ $id }”; using the defaults.
url-no-page = There is no page “{ $raw }”; showing the start page.
url-bad-dataset = Unknown dataset “{ $raw }”; using two clusters.
url-bad-device = Unknown device “{ $raw }” (use auto, webgpu or cpu); using auto.
url-bad-points = The drawn points in the link are malformed; they were ignored.
url-bad-lang = Unknown language “{ $raw }” (en or ko); following the browser.
url-unknown-key = Unknown setting “{ $key }” was ignored.
url-no-points = The link asks for drawn points but has none; using two clusters.
url-not-valid = “{ $key }={ $raw }” is not a valid value (expected { $kind } in { $lo }…{ $hi }); using the default.
url-outside = “{ $key }={ $raw }” is outside { $lo }…{ $hi }; using the default.
url-bad-schedule = Unknown schedule “{ $raw }” (linear, cosine or sigmoid); using linear.
url-bad-sampler = Unknown sampler “{ $raw }” (ddpm or ddim); using DDPM.
url-bad-solver = Unknown solver “{ $raw }” (euler or heun); using Euler.
url-bad-pairing = Unknown pairing “{ $raw }” (independent or ot); using independent pairs.
url-bad-optimiser = Unknown optimiser “{ $raw }” (sgd or adam); using Adam.
url-bad-gan-loss = Unknown GAN loss “{ $raw }” (minimax, ns, lsgan or wgan-gp); using the default.
url-bad-class = “iclass={ $raw }” is not a class (each, none or 0…9); using the default.
url-bad-lineup-class = “lclass={ $raw }” is not a class (each or 0…9); the page keeps class 3.
url-bad-isampler = “isampler={ $raw }” is not a sampler (ddim or ddpm); using the default.
url-bad-clock = Unknown clock “{ $raw }” (time or steps); using equal time.
url-bad-tour = There is no tour chapter “{ $raw }” (1…{ $last }); the tour stays closed.
url-bad-lecture = “lecture={ $raw }” is not 0 or 1; lecture mode stays off.
