## The diffusion page
diff-intro-a = A diffusion model learns to undo noise. The{" "}
diff-intro-forward = forward process
diff-intro-b = {" "}blurs the data into a Gaussian in T small steps, and has a closed form:{" "}
diff-intro-c = {"."} A network learns the{" "}
diff-intro-reverse = reverse step
diff-intro-d = {" "}{ $step } by predicting ε; running it from pure noise turns noise into data.

diff-forward-title = Forward process q(x_t | x_0)
diff-forward-lede = Grey: the data x_0. Blue: the same points at step t, computed in one shot from the closed form with a fixed ε per point. By t = T they should be indistinguishable from N(0, I).
diff-forward-t = Diffusion step t

diff-schedule-title = Noise schedule
diff-schedule-lede = How much noise each step adds (β_t), and how much of the data survives to step t (ᾱ_t = ∏(1 − β_s)).
diff-schedule-kind = Kind
diff-kind-linear = Linear
diff-kind-cosine = Cosine
diff-kind-sigmoid = Sigmoid
diff-schedule-steps = Steps T
diff-beta-start = β start
diff-beta-end = β end
diff-chart-alpha-bar = ᾱ_t (signal kept)
diff-chart-log-snr = log SNR = ln ᾱ/(1−ᾱ)
diff-schedule-warning = — x_T still keeps { $percent } % of the data's scale (√ᾱ_T), so it is not pure noise. Sampling starts from N(0, I) and will be wrong: raise T or β end.
diff-schedule-ok = — x_T is pure noise, as sampling from N(0, I) assumes.

diff-model-title = ε-network
diff-model-lede = An MLP on [x_t, sinusoidal embedding of t] predicting ε: { $layers } hidden layer(s) of { $hidden } units, { $params } parameters.
diff-stale = The model was trained with other settings (schedule, size or optimiser). Its samples follow the old settings.
diff-lr = Learning rate (log₁₀)
diff-lr-hint = Adam's step size
diff-batch = Batch
diff-width = Width
diff-depth = Hidden layers

diff-reverse-title = Reverse process { $step }
diff-reverse-lede = Start from 2,000 points of pure noise x_T ~ N(0, I) and apply the learned reverse step again and again. Orange lines follow a few points; green arrows show −ε̂, the direction the model pushes points at this t (the score).
diff-sampler-ddpm = DDPM (ancestral, all T steps)
diff-ddim-steps = DDIM steps
diff-ddim-eta = η (0 = deterministic)
diff-run-reverse = Run the reverse process
diff-showing-x0 = showing x̂_0
diff-showing-xt = showing x_t
diff-trails = trajectories
diff-field = denoising field
diff-canvas-empty = Train a little, then run the reverse process
diff-label-samples = samples x_0
diff-label-x0 = x̂_0 predicted at t = { $t }
diff-label-xt = x_t at t = { $t }
diff-label-frame = { $what }   (frame { $frame }/{ $frames })
diff-sampling-step = Sampling step
diff-no-chain = no chain yet
diff-chain-info = { $n } points, { $frames } frames, sampled at training step { $step } with { $sampler } in { $seconds } s.
diff-chain-ddim = DDIM ({ $steps } steps, η = { $eta })
diff-alt-forward = x_t at t = { $t } (ᾱ_t = { $ab }, { $signal } % of the signal kept)
