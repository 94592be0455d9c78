## The lineup page: three families, the same digit

lineup-intro = The picture the seed starts from: a GAN, a VAE and a diffusion model, all trained on the same 8,000 real handwritten digits (MNIST) and all told which digit to draw, each draw the same class. A good generative model gives both quality (each sample looks like a real digit) and variety (together they cover the ways real digits differ). Look at the grids, then at the numbers.
lineup-title = The same digit from three families
lineup-lede = Each family draws 16 of the class picked, from fixed seeds; the last column is 16 real digits of that class for comparison. Under each grid: how many the classifier reads as the class asked for, and how long the 16 took on this device.
lineup-loaded = Models loaded: GAN { $gan } parameters, VAE { $vae }, diffusion U-Net { $unet }, with the classifier { $kb } kB in all (f16).
lineup-pick-aria = Digit class to draw
lineup-each = one of each
lineup-class = class { $c }
lineup-again = Draw again
lineup-info = { $what }, seed { $seed }: drawn and judged in { $seconds } s
lineup-progress = Drawing { $done } of { $total } samples ({ $who })…
lineup-judging = All samples drawn: the classifier is judging them…
lineup-gan = GAN
lineup-vae = VAE
lineup-diffusion = Diffusion
lineup-real = Real digits (MNIST)
lineup-one-pass = one pass through the network
lineup-chain = DDIM, { $steps } denoising steps, guidance w = { $w }
lineup-real-sub = held out from training, none in the reference
lineup-reads = { $hits } of { $n } read as asked
lineup-ms = 16 in { $ms } ms
lineup-alt = { $who }: { $n } samples of { $what }. The classifier reads { $reads }.

lineup-table-title = Variety, measured
lineup-table-lede = { $n } samples of each family (the 16 above and more), and { $n } held-out real digits (MNIST, never trained on), judged the same way against { $n } other held-out real digits of these classes, all in the classifier's feature space. The real digits' column is what "as good as real" reads at this size.
lineup-share = Read as asked
lineup-share-hint = the share the classifier reads as the class asked for
lineup-classes = Classes read
lineup-classes-hint = how many of the samples the classifier reads as each class, most first (for 0–9: how many classes appear, and the fewest and most of one); a class that never appears is a dropped mode
lineup-classes-each = { $k } of 10, { $lo }–{ $hi } each
lineup-spread = Spread
lineup-spread-hint = mean distance between two samples of the same class, relative to real digits' (1 = as varied as real; below 1, samples too alike)
lineup-precision = Precision
lineup-precision-hint = the share of samples that fall among real digits (k-NN, k = 3): "looks real"
lineup-recall = Recall
lineup-recall-hint = the share of real digits that fall among the samples (k-NN, k = 3): "covers their variety"
lineup-is = IS analogue
lineup-is-hint = for one class, near 1 is right (one class, clearly); for 0–9, near 10
lineup-fd = FD analogue
lineup-fd-hint = Fréchet distance of the features' Gaussian fits to the real digits' (lower is closer)
lineup-verdict-recall = Variety covered (recall): { $order }.
lineup-verdict-precision = Looks like real digits (precision): { $order }.
lineup-verdict-seed = The seed says a diffusion model's samples vary more than a GAN's. Here the diffusion model's recall is { $d } against the GAN's { $g }: { $agree }
lineup-agrees = as the seed says.
lineup-disagrees = not as the seed says, in this draw. Draw again or pick another class to see whether it holds.
lineup-ties = too close to call at 100 samples each (under 0.05 apart): here the two cover about as much of the real digits' variety. Draw again or pick another class to see whether that holds.
lineup-verdict-real = Real digits drawn apart score precision { $p } and recall { $r } at this size: the ceiling to read the others against.

## The latent planes of digits
plane-title = The latent plane of digits: VAE beside a plain autoencoder
plane-lede = Both networks squeeze each digit into two numbers, a point z on the plane, and decode any point back into a picture. Dots: the codes of 300 real digits, coloured by class, each class's number written at its centre; behind them, what the decoder draws for a 10×10 grid of points. Drag on a plane to decode the point under the pointer. The seed says a plain autoencoder leaves holes, places between codes that decode to no digit, and that the VAE's KL term fills them by pulling every code towards N(0, I). Look at both, and at the numbers under them.
plane-working = Encoding the digits and decoding the grid…
plane-vae2d = VAE (2-D latent)
plane-ae2d = Plain autoencoder (2-D code)
plane-vae2d-sub = trained with the KL term: codes pulled towards N(0, I); the plane shows ±3σ
plane-ae2d-sub = the same network without the KL term: codes land wherever reconstruction puts them
plane-alt = { $who }: the codes of { $n } real digits coloured by class over the decoder's grid; the pointer at z = ({ $x }, { $y }).
plane-reads = z = ({ $x }, { $y }) decodes to a digit the classifier reads as { $class } ({ $percent } % sure).
plane-stats = { $empty } % of the { $grid } cells hold no real digit's code; { $sure } % of the grid's points decode to a digit read with p ≥ { $p }.

## Draw your own digit
pad-title = Draw your own digit
pad-lede = Draw on the pad with a mouse, pen or finger. When you lift it, the classifier reads your digit, and both coders encode it: its code appears on the planes above as a green dot (with the VAE's 1σ ellipse: the VAE encodes a digit as a small cloud, not a point), and their reconstructions appear here. Below, the forward process noises your drawing by its closed form, with the schedule set on the Diffusion page.
pad-empty = Draw a digit on the pad.
pad-reads = The classifier reads { $class } ({ $percent } % sure).
pad-clear = Clear
pad-real = Start from a real digit
pad-recon-title = Reconstructions: VAE, autoencoder
pad-recon-none = Nothing drawn yet, so nothing reconstructed.
pad-recon-vae2d = VAE: reads { $class } ({ $percent } %)
pad-recon-ae2d = autoencoder: reads { $class } ({ $percent } %)
pad-forward-title = Your drawing noised: t = 0 … { $last }
pad-forward-alt = Your drawing at seven steps of the forward process, from clean to pure noise.

## A walk between two samples
walk-title = A walk between two samples
walk-lede = Each model draws one sample of the first class and one of the second, then walks between them: the GAN through its noise z, the VAE through its latent code, both along the great circle between the two codes (where Gaussian codes usually lie), while the class label slides from one to the other. Under each frame, what the classifier reads. Does the picture change smoothly, and where does the reading flip?
walk-from = From class
walk-to = to class
walk-again = Other samples
walk-gan = GAN, walking in z
walk-vae = VAE, walking in its latent space
walk-reads = The classifier reads: { $reads }
walk-alt = Nine frames from one sample to the other; the classifier reads { $reads }.
lineup-psi = Latent spread ψ (GAN and VAE)
lineup-psi-hint = z ~ N(0, ψ²I). Below 1 the GAN and the VAE draw codes nearer the centre: more typical digits, less variety (the truncation trick). At 0 every sample of a class is the same image: what mode collapse looks like. Above 1, codes the models rarely saw in training: more spread, less like real digits (precision falls). The diffusion model is not changed.
lineup-verdict-copies = Near-copies: { $who } (spread within a class, real digits = 1). Samples of one class this alike are what a collapsed generator draws, and recall shows the variety lost.
lineup-verdict-copies-psi = Here ψ = { $psi } made them: the codes are drawn from a narrower Gaussian than the model was trained on.

## Mode collapse, trained here (the digit GAN trains on in the page)
dg-title = Mode collapse, trained here
dg-lede = The GAN above, trained on in your browser. Each iteration D learns to tell real digits from G's, then G learns to fool the new D. Here you set how fast G learns relative to D. At 1 (as it was trained) the game stays balanced. Make G much faster and it chases whatever D currently likes best, faster than D can answer, and every class falls onto one image: mode collapse. Watch the samples, the meter and the classes read, beside where training started.
dg-ratio = G's learning rate ÷ D's
dg-ratio-hint = D learns at 2·10⁻⁴; G at this many times that. Measured from the shipped GAN (trained on real digits): at 9 and below it stayed healthy for 200 iterations; at 10 it collapsed at one seed of two; at 12, 15 and 20 it collapsed within 30 iterations at every seed tried. The change takes effect from the next iteration, even while it trains.
dg-train-shipped = ▶ Train from the shipped GAN
dg-continue = ▶ Continue
dg-train-fresh = Start from fresh weights
dg-info-shipped = Iteration { $steps } from the shipped GAN · { $rate } it/s · G at { $ratio }× D's rate
dg-info-fresh = Iteration { $steps } from fresh weights · { $rate } it/s · G at { $ratio }× D's rate
dg-info-none = Not trained here yet: press Train to fetch the GAN, the classifier and the real digits it trains on (about 1.9 MB the first time, then kept for offline use) and start.
dg-meter = { $read } % read as asked · spread { $spread } · { $classes } of 10 classes read
dg-verdict-start = At the start (iteration 0): { $now }. Real digits have spread 1.
dg-verdict-healthy = Iteration { $step }: { $now }. At the start: { $start }. No collapse: each class still varies (spread at least 0.5).
dg-verdict-collapsed = Collapsed at iteration { $step }: { $now } (at the start: { $start }). Every class draws near-copies of one image, and the classifier reads them all as the same few classes: the empty bars below are the lost modes.
dg-verdict-blank = Collapsed at iteration { $step }: { $now } (at the start: { $start }). G now draws the same blank page for every noise z and every class ({ $ink } % of the start's ink), and the classifier reads that page as one digit: the empty bars below are the lost modes. G found one output D does not yet reject and stopped varying. (Collapse's gentler form, near-copies of one real-looking digit, is what ψ = 0 shows above.)
dg-grid-start = Where training started
dg-grid-now = Now (iteration { $step })
dg-grid-alt = Six samples of each digit class from fixed noise, one row per class, as the GAN draws them now.
dg-grid-caption = Six samples of each class, 0 to 9 from the top, from the same noise z at every iteration: a change here is the model's.
dg-chart-read = read as asked
dg-chart-spread = spread within a class
dg-chart-meter = the meter (dashed: 0.5, near-copies below)
dg-bars-start = at the start
dg-bars-now = now
dg-chart-bars = classes read in 200 samples (20 of each asked)

dv-title = The latent plane, trained here
dv-lede = The 2-D VAE above, trained on in your browser. Its loss has two terms: how badly it reconstructs each digit from its code, and β times the KL term, how far each digit's code distribution q(z | x) is from the prior N(0, I) the page samples from. Here you set β. At 1 (the ELBO, as it was trained) the codes fill the prior's square. At 0 nothing pulls them together: the autoencoder's loss. Large β pulls every code onto the middle and the decoder draws a blurred average digit. Start from fresh weights to watch the plane form.
dv-beta = KL weight β
dv-beta-hint = Measured from fresh weights on the real digits, step 600: β = 1 reached KL 4.8 and a plane of 4 classes; β = 8 reached KL 1.8 and 2 classes, and reconstructs worse (179 against 162 nats). Takes effect from the next step, even while it trains.
dv-train-shipped = ▶ Train from the shipped VAE
dv-info-shipped = Step { $steps } from the shipped VAE · { $rate } steps/s · β = { $beta }
dv-info-fresh = Step { $steps } from fresh weights · { $rate } steps/s · β = { $beta }
dv-info-none = Not trained here yet: press Train to fetch the VAE, the classifier and the real digits it trains on (about 1.9 MB the first time, then kept for offline use) and start.
dv-kl-none = not measured yet
dv-meter = { $empty } % of the square's cells hold no code · { $sure } % of the grid decodes to a sure digit (classes: { $classes }) · { $outside } % of codes outside the square · KL { $kl }
dv-verdict-start = At the start (step 0): { $now }.
dv-verdict = Step { $step }: { $now }. At the start: { $start }.
dv-plane-now = Now (step { $step })
dv-plane-alt = The latent plane at step { $step }: the codes of { $n } real digits coloured by class over the decoder's image of a grid of codes.
dv-plane-caption = The prior's square, ±3σ on both axes, where the page draws samples from. Dots: the codes μ(x) of 300 real digits, coloured by class, each class's number at their mean. Behind: the decoder's image of a { $grid } grid of codes. A digit counts as sure when the classifier gives it p ≥ { $p }.
dv-chart-meter = the plane (share of 1)
dv-chart-empty = empty cells
dv-chart-sure = sure digits
dv-chart-outside = codes outside
dv-chart-recon = reconstruction term (nats per digit)
dv-chart-kl = KL term (nats per digit)
dv-chart-recon-short = reconstruction
dv-chart-kl-short = KL
