## The VAE page
vae-intro-1 = An
vae-intro-ae = autoencoder
vae-intro-2 = {" "}squeezes each point x into a code z and decodes it back. Nothing says where codes must live, so decoding random noise gives points off the data: the latent space has
vae-intro-holes = holes
vae-intro-3 = {"."} A
vae-intro-vae = VAE
vae-intro-4 = 's encoder outputs a distribution N(μ(x), σ²(x)), samples z from it, and a KL term pulls those distributions towards the prior N(0, I) — so decoding samples of the prior gives data. Drag the orange point in latent space and watch its decoding move.

vae-presets = Presets:
vae-preset-ae-vs-vae = Autoencoder vs VAE
vae-preset-ae-vs-vae-hint = Left: a plain autoencoder — its codes spread out and leave holes, so decoded prior samples land off the data. Right: the VAE pulls codes towards N(0, I), so the prior decodes to data.
vae-preset-beta = β = 0 vs β = 1
vae-preset-beta-hint = The same VAE with the KL term off (left) and on (right): without the pull to the prior, the codes drift away from where the prior samples.
vae-compare = side by side

vae-train = ▶ Train
vae-pause = ❚❚ Pause
vae-step = Step
vae-reset = Reset
vae-rate = step { $step } · { $rate } steps/s
vae-z1 = latent z₁
vae-z2 = latent z₂
vae-temperature = prior temperature
vae-temperature-hint = Prior samples are decoded at z = temperature · ε, ε ~ N(0, I)
vae-prior-n = prior samples shown
vae-resample = sample the prior again
vae-show = Show in data space:
vae-show-prior = prior samples
vae-show-recon = reconstructions
vae-show-grid = decoder grid

vae-latent-label = latent space z (circles: prior 1σ, 2σ)
vae-latent-title = Drag to move the latent point z; its decoding appears in data space
vae-data-label = data space x

vae-run-a = Run A
vae-run-b = Run B
vae-kind-ae = Autoencoder (z = μ(x), no KL)
vae-kind-vae = VAE, β = { $beta }
vae-chart-recon = reconstruction ‖x − x̂‖²
vae-chart-title = the two terms of the loss (log)
vae-shares = prior samples: shares
vae-far = far from the data
vae-frechet = Fréchet (2-D)
vae-not-measured = not measured yet
vae-measured = measured at step { $step }
vae-settings = Settings (a change restarts this run from the seed)
vae-plain-ae = plain autoencoder
vae-beta = β (KL weight)
vae-beta-hint = β = 1 is the VAE's ELBO; β = 0 drops the pull towards the prior
vae-sigma = decoder σ_x
vae-sigma-hint = The reconstruction term is ‖x − x̂‖² / (2σ_x²): smaller σ_x, sharper reconstructions, weaker prior
vae-lr = learning rate (log₁₀)
vae-width = width
vae-layers = hidden layers
vae-alt-waiting = Waiting for the first picture of the model
vae-alt-prior = Samples decoded from the prior at step { $step }
vae-alt-decoded = the decoded z at ({ $x }, { $y })
vae-alt-z = Latent plane; z at ({ $x }, { $y })
vae-alt-codes = codes of the data at step { $step }
