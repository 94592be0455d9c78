## The tour
tour-title = Tour
tour-chapter-of = Chapter { $n } of { $total }
tour-prev = ← Previous
tour-next = Next →
tour-close = Close the tour
tour-part = Part { $n } of { $total }
stage-whole = The whole page
stage-back = Back to the slide
tour-start = Start the tour
tour-task-done = done
tour-task-open = to do
tour-try = Try this
tour-keys-hint = N / P: next / previous chapter

tour-data-title = The data: two clusters and their density
tour-data-body = Suppose we have points that fall into two groups. How could we make new points that follow the same distribution? If we knew the probability density that produced them, we could simply draw new points from it. Here we do know it: a mixture of two Gaussians, with weight π on the left cluster, centres μ₁ and μ₂ and spread σ. A generative model never sees this formula, only the points, and still has to learn to sample from the density. Estimating that density, written out or hidden inside a network, is the core task of every model on this site.
tour-data-body-2 = The scatter shows 1,000 points drawn from the mixture; each colour is one mode. Separation moves μ₁ and μ₂ apart, Spread (σ) widens each cluster, and Left-cluster share is π.
tour-data-task-1 = Click 80/20, or move Left-cluster share to 0.7 or beyond (or 0.3 or below): make one mode heavier than the other.
tour-data-done-1 = π changed, and the left bump of the density now holds a different share of the mass. A good model must reproduce these proportions, not just the two places.
tour-data-task-2 = Lower Separation or raise Spread (σ) until the centres are at most 2σ apart.
tour-data-done-2 = The clusters merged: two Gaussians of equal spread at most 2σ apart make a density with a single peak, whatever π is. It is still a mixture of two modes, but the density no longer shows it.

tour-variety-title = A good generative model: quality and variety
tour-variety-body = What makes one generative model better than another? Sharp, realistic samples are only half the answer. A model that draws every bag the same way is not a good model, however perfect each picture is: for one class we want many different images. Put a GAN's images beside a diffusion model's and the diffusion model shows far more variety for the same subject, which is one reason it is the more recent, preferred architecture.
tour-variety-body-2 = Here a GAN and a DDPM, with flow matching and a VAE, train on the same data and seed: 90 % of the points in one cluster, 10 % in the other. The GAN uses plain SGD at a learning rate of 0.05, as the first GANs did; with Adam, the GAN page's default, it keeps a little of the small mode (chapter 7). Watch the rows Share per mode and Modes covered: a mode is covered when it gets at least half its true weight.
tour-variety-task-1 = Press ▶ Train all and watch the table's Modes covered row: past 500 steps the GAN covers one mode while the DDPM covers both.
tour-variety-done-1 = Seen: the GAN put its points in the big cluster and left the small mode empty, quality without variety. Keep watching: a GAN trained this way lurches, now and then smearing toward the other cluster, and settles in the big one again, while the DDPM keeps both modes throughout.

tour-explicit-title = Explicit and implicit models
tour-explicit-body = Generative models can also be sorted by how they treat the density. An explicit model defines the probability density of the training data as a formula and fits it, so it can say how likely a point is: its likelihood. An implicit model never writes the formula down, yet training still makes it estimate the density somehow. A GAN is implicit: its generator turns noise into samples, but it cannot tell you p(x).
tour-explicit-body-2 = The Log-likelihood row gives each model's mean log-density of 500 held-out points, in nats: flow matching's exact value, lower bounds (≥) for the DDPM and the VAE, and for the GAN "none: an implicit model". The line under the table gives the data's own value, which no model beats on average.
tour-explicit-task-1 = Train all until the three explicit models each show a log-likelihood, past 200 steps.
tour-explicit-done-1 = Three numbers and one "none": the DDPM, flow matching and the VAE can score a point; the GAN can only make points.
tour-explicit-task-2 = Keep training until flow matching's exact value is within 0.3 nats of the data's own density.
tour-explicit-done-2 = Flow matching's likelihood is exact, so it can come close to the truth itself. The DDPM's and the VAE's are bounds that lie below their model's true value, the DDPM's the loosest.

tour-metrics-title = Measuring it: IS and FID
tour-metrics-body = How do we score a generative model? A good image should clearly belong to one class: a generated bag should be easy to classify as a bag. But a model that makes every bag alike is not good, so across many images the classes should vary. The Inception score rewards both: it is high when each image's label has low entropy and all the labels together have high entropy. The Fréchet inception distance instead measures how far the distribution of generated images is from that of real ones.
tour-metrics-body-2 = The scorecard uses this page's own digit classifier, so its IS and FD are analogues of the published ones; held-out real handwritten digits (MNIST, never trained on) and pure noise are scored beside the samples at the same n. A Fréchet distance compares only Gaussian fits (mean and covariance): on the 2-D pages one wide Gaussian over both clusters can score well while missing both modes, so they show mode coverage beside it.
tour-metrics-task-1 = Press Measure to score 100 samples, and compare their IS and FD with the rows for real digits and pure noise.
tour-metrics-done-1 = On both measures the samples sit near the real digits and far from noise: clear digits (IS) whose features spread like the real ones (FD).
tour-metrics-task-2 = Set class to a single digit (for example only 3s) and measure again.
tour-metrics-done-2 = Every image is a clear digit of one class, yet IS falls towards 1 and the FD against all ten digits grows: quality without variety, the model that draws every bag the same way.

tour-gan-game-title = The GAN game
tour-gan-game-body = A GAN, a generative adversarial network, is two networks trained against each other. The generator G takes random noise z and makes a point; the discriminator D takes a point and decides whether it is real or generated. They are trained in turns: D to tell the two apart, G to fool D. Nowhere is a density written down, which is why a GAN is an implicit model.
tour-gan-game-body-2 = The background is D's belief: green where it says "real", purple where it says "fake". Purple dots are G's samples for one fixed batch of noise, and orange arrows show where G's next update pushes each of them, along D's gradient towards "real". Step D only and Step G only let you play one side at a time.
tour-gan-game-task-1 = Before training, press Step D only five times or more.
tour-gan-game-done-1 = Only D's heatmap changed; G's samples did not move. Each network learns only on its own turn.
tour-gan-game-task-2 = Press ▶ Train until G covers both clusters in their true shares (modes covered 2 of 2, each share within ±0.1), past 1,000 iterations.
tour-gan-game-done-2 = The game reached a good point: G's samples lie on both clusters, in their true proportions.

tour-vanishing-title = Vanishing gradients and the log trick
tour-vanishing-body = In practice a GAN is hard to train. Early on, generated points are very easy to tell from real ones, so D wins quickly. In the original minimax game G minimises log(1 − D(G(z))), which is flat where D(G(z)) is near 0: exactly when G is worst, its gradient vanishes. The usual fix is to let G minimise −log D(G(z)) instead: the same goal, but steep where G is losing.
tour-vanishing-body-2 = This preset makes D strong (5 D steps per G step, at 5× G's learning rate) on far-apart clusters. Run A plays minimax, run B the non-saturating loss. Compare their generator gradient norm charts (log scale) and the arrows on each canvas.
tour-vanishing-task-1 = Press ▶ Train for at least 50 iterations and compare the gradient norm charts over those first 50: run A's typical value is under a tenth of run B's.
tour-vanishing-done-1 = Under the saturating loss G's gradient all but vanished, and its arrows shrank with it, while the non-saturating loss keeps pushing. In this project's runs (seeds 42, 7, 1 and 3) run A's median over the first 50 iterations was 0.003 to 0.3, run B's 4.6 to 6.4.
tour-vanishing-task-2 = In run A, switch the loss to non-saturating (−log D(G(z))), keep D as strong, and train again.
tour-vanishing-done-2 = Same D, same data, only the log trick changed, and G's gradient is back.

tour-collapse-title = Mode collapse
tour-collapse-body = The second problem is called mode collapse. Put simply, the generator finds a hack that fools the discriminator: one kind of sample D cannot reject. By making only that, G wins cheaply, stops exploring, and generates the same thing over and over. Training no longer moves it, and the variety of chapter 2 is lost.
tour-collapse-body-2 = Here the two clusters are 8 apart. Run A trains both networks with plain SGD at a high learning rate (0.05), run B with Adam. Watch each run's modes covered and its share-per-mode chart: a mode that gets under a fifth of its true share is dropped, and the page flags it.
tour-collapse-task-1 = Make mode collapse happen: press ▶ Train and watch run A, past 1,000 iterations, until its meter flags a dropped mode.
tour-collapse-done-1 = Run A's G puts nearly all its samples on one cluster and stays there: one answer that works, repeated.
tour-collapse-task-2 = Keep training until run B (Adam), which also starts on one cluster, finds the other one. At this seed it takes about 5,000 iterations.
tour-collapse-done-2 = Run B escaped the collapse; run A, the same game with plain SGD, still has not. Only the optimiser and its learning rate differ.

tour-ae-holes-title = The autoencoder's holes
tour-ae-holes-body = To get to diffusion models we start again from the autoencoder. An encoder maps an input x to a latent representation z, and a decoder maps z back to the original. It learns from the data alone, without labels. So if we feed random noise to the decoder, do we get new data? No: nothing in training constrains the latent space, so a random z may land where no data point was ever encoded, in a hole, and decode to nothing like the data.
tour-ae-holes-body-2 = Run A is a plain autoencoder, run B a VAE. In each latent plane the circles are the prior N(0, I) at 1σ and 2σ, and the dots are the codes of the data. Drag the orange point, or use the z₁ and z₂ sliders, and watch its decoding in the data plane. "far from the data" counts prior samples more than 3σ from every cluster centre.
tour-ae-holes-task-1 = Press ▶ Train past 1,500 steps and compare "far from the data": the autoencoder's prior samples miss the data much more often than the VAE's.
tour-ae-holes-done-1 = Decoding random z works for the VAE and not for the autoencoder: its codes do not fill the prior, so many prior samples fall into holes. This project measured 45 % off the data for the autoencoder against 4 % for the VAE at 2,000 steps.
tour-ae-holes-task-2 = After 1,000 steps of training, drag z in run A's latent plane, inside the 2σ circle, to a place that the autoencoder decodes off the data.
tour-ae-holes-done-2 = You found a hole: a z the prior would happily draw, which the autoencoder's decoder turns into a point where there is no data.

tour-vae-title = The VAE: a probabilistic encoder and a prior
tour-vae-body = The variational autoencoder (VAE) was made to fix this. A plain autoencoder is deterministic: the same input always gives the same code. A VAE's encoder is probabilistic: given x it outputs the mean and variance of a distribution over z, and the code is sampled from it. We first assume a distribution for the latent space, the prior N(0, I), and train to maximise (a lower bound on) the likelihood of the data: reconstruct x well, while a KL term keeps each encoder distribution close to the prior. To generate, the encoder is dropped and the decoder is used.
tour-vae-body-2 = Run A has β = 0 (the KL term off), run B β = 1 (the VAE). The latent planes show each code's mean with its 1σ ellipse; the loss chart draws the reconstruction and KL terms separately.
tour-vae-task-1 = Train both runs past 1,500 steps and compare their MMD²: without the KL term (run A) the prior samples are much further from the data.
tour-vae-done-1 = Without the pull to the prior, the codes drift wherever reconstruction likes, and samples of N(0, I) decode off the data: the autoencoder's holes again.
tour-vae-task-2 = Raise run A's β to 1 and train it again, past 2,000 steps, until "far from the data" drops below 10 %.
tour-vae-done-2 = With the KL term on, the codes fill the prior's circles and the prior decodes to data: the decoder alone is now a generative model.

tour-forward-title = The forward process and its closed form
tour-forward-body = A diffusion model learns to reverse a process that adds noise to the data little by little. Add Gaussian noise step by step and the data's distribution becomes a Gaussian, much as a VAE's latent representation is pushed towards a chosen distribution. A process that goes step by step like this is a Markov chain, and the longer the chain, the longer it takes. But the forward process has a closed form: x_t at any step is computed at once from x_0, without running the steps before it.
tour-forward-body-2 = The t slider and ▶ noise the data by that formula, with one fixed ε per point. The schedule sets β_t, the noise added at each step; ᾱ_t, the share of signal left, is plotted beside it, and ᾱ_T is printed under the controls. Sampling later starts from pure N(0, I), which is right only when ᾱ_T is close to 0.
tour-forward-task-1 = Find a schedule whose x_T is not noise: lower Steps T or β end until ᾱ_T is above 0.05, then slide t to the end.
tour-forward-done-1 = At t = T the clusters still show: x_T keeps √ᾱ_T of the data's scale. A sampler that starts from pure N(0, I) would start from the wrong distribution, and the page now warns about it.
tour-forward-task-2 = Switch Kind to Cosine and compare its ᾱ_t curve with the linear one.
tour-forward-done-2 = The cosine schedule removes signal more slowly through most of the chain, then drops to pure noise near the end.

tour-reverse-title = Learning the reverse step
tour-reverse-body = Now think of the way back, from random noise to the data. How can the forward process be undone? The key is to learn p(xₜ₋₁ | xₜ): from the current state, estimate the one before it, one step at a time. The network learns this by predicting the noise ε that was mixed into x_t, and its loss is how far that prediction is from the real ε.
tour-reverse-body-2 = ▶ Train fits the ε-network: the loss falls, and Sample quality scores 1,000 samples as it trains. Run the reverse process starts 2,000 points from pure noise and applies the learned step again and again. The scrubber replays the frames, orange lines follow a few points, and the denoising field shows where the model pushes points at each t.
tour-reverse-task-1 = Press ▶ Train until Sample quality says it meets the quality bar.
tour-reverse-done-1 = The ε-network has learned the data: its samples give each mode its true share, at least 95 % lie near a centre, and MMD² is under 0.01.
tour-reverse-task-2 = Press Run the reverse process and watch noise become data: at the last frame the points should sit on the clusters.
tour-reverse-done-2 = Noise became data: starting from N(0, I), the learned reverse step carried the points onto the clusters, one small denoising step at a time.

tour-flow-title = Flow matching: a velocity instead of a noise
tour-flow-body = Flow matching also goes from noise to data, but without a Markov chain. Draw a straight line from each data point x_0 to a noise sample ε, and train a network v_θ to predict the line's velocity, ε − x_0. Sampling follows the learned velocity from noise back to data by solving an ordinary differential equation: no noise is added on the way, and the model's exact likelihood can be computed.
tour-flow-body-2 = The path view slides the data along its straight lines. But lines drawn between independent pairs cross, the learned flow has to average them, and it bends: this project measured its paths 1.23× as long as straight lines, longer than the DDPM's DDIM paths (1.05×). Pairing noise with data by optimal transport uncrosses them: 1.002×.
tour-flow-task-1 = With independent pairs, press ▶ Train past 1,000 steps and read the path length / straight line value.
tour-flow-done-1 = The paths are longer than straight lines, although every training pair was a straight line: the flow first pulls noise towards the data's mean, then splits it between the clusters.
tour-flow-task-2 = Switch to optimal-transport pairs, press "Retrain with these settings" and train past 500 steps, until the paths are within 5 % of straight.
tour-flow-done-2 = With OT pairs the lines no longer cross, the flow is nearly straight, and a few Euler steps are enough: set ODE steps to 2 and solve.

tour-compare-title = All four on one screen
tour-compare-body = The compare page trains the DDPM, flow matching, the GAN and the VAE together on the same data and seed, on one clock, and scores them all with the same functions. Equal time gives each family the same share of wall-clock time; equal steps gives each the same number of gradient steps. This preset puts the clusters far apart: which family still finds both?
tour-compare-body-2 = The table holds every measure of this tour: share per mode, modes covered, near the data, MMD², the 2-D Fréchet distance, grid JS, the log-likelihood, and the steps and time each family took to reach the quality bar. The history slider moves all four back to the same moment of training.
tour-compare-task-1 = Press ▶ Train all until at least two families show a time in the row To the quality bar.
tour-compare-done-1 = Two families reached the bar. Read which ones, how fast, and which still misses a cluster.
tour-compare-task-2 = Drag the training-history slider back to an early moment.
tour-compare-done-2 = You are looking at the past: every model as it was then, sampled again from the same noise. Live brings them back.

tour-digits-title = The seed's first picture: one digit, three families
tour-digits-body = The seed opens with a picture: the same class drawn by a GAN and by a diffusion model, the diffusion samples visibly more varied. Here it is on digits. A class-conditional GAN, a VAE and the diffusion model, all trained on the same real handwritten digits (MNIST), each draw 16 threes from fixed seeds, beside 16 held-out real threes; one classifier judges all four columns the same way.
tour-digits-body-2 = The table measures what the eye sees on 100 samples each: precision is the share that looks real, recall how much of the real digits' variety the samples cover (Kynkäänniemi et al., 2019). On this link (threes, seed 4) the GAN's recall is the highest (0.83; diffusion 0.75), so on real handwriting the seed's claim does not hold here. The diffusion model's threes spread the most (1.13), but only 58 % read as threes. Draw again or pick another class: the table says which way it goes.
tour-digits-task-1 = Choose "one of each": every family draws 0–9 in turn. Read the row Classes read: a family that had dropped a digit would show fewer than 10.
tour-digits-done-1 = Seen: each family's 100 samples, read by the classifier, digit by digit. A generator that collapsed would miss whole classes here; a narrower variety inside each class shows only in recall and spread.
tour-digits-task-2 = Slide the latent spread ψ to 0: the GAN and the VAE now draw every code from the centre of their Gaussian.
tour-digits-done-2 = Sixteen copies of one 3: precision near 1, recall near 0, and the table flags near-copies. This is what mode collapse looks like, quality without variety, made here by sampling. Further down the page, "Mode collapse, trained here" makes it by training: set G's learning rate to 20× D's and press Train.
