## The landing
landing-title = Watch noise become data
landing-lede = GenLab trains small generative models — diffusion, flow matching, GANs and VAEs — live in your browser and shows every step of how they turn random noise into data. Left: the exact reverse process for this data, what a perfect diffusion model does. Right: a real model learning it right now.
landing-ideal-title = The exact reverse process
landing-live-title = A real DDPM, learning it now
landing-start-tour = Start the tour
landing-choose-data = Choose the data
landing-ideal-caption = The exact reverse process: each step removes a little noise, using the ideal denoiser of this two-cluster data. Points are coloured by the cluster they end in.
landing-ideal-alt = The exact reverse chain at diffusion step t = { $t } of { $steps }
landing-live-caption = A real DDPM, training in your browser now: its samples at step { $step }. Open the Diffusion page to watch it closely.
landing-live-wait = The real model is starting…
landing-pages = Or go straight to a page
landing-card-diffusion = Add noise step by step, then learn to take it away.
landing-card-flow = Learn a velocity field that carries noise to data along straight paths.
landing-card-gan = A generator against a discriminator: watch the game, and mode collapse.
landing-card-vae = An encoder, a decoder and a prior: why the plain autoencoder's latent space has holes.
landing-card-images = Denoise tiny digit images, and score them with IS and FID analogues.
landing-card-lineup = A GAN, a VAE and a diffusion model draw the same digit: whose samples vary, whose look real? And the VAE's latent plane of digits beside a plain autoencoder's.
landing-card-compare = All four families on the same data and clock: who keeps every mode?
landing-card-data = Pick or draw the data, and choose the device that trains.
