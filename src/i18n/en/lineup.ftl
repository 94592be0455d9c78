## The lineup page: three families, the same digit

lineup-intro = The picture the seed starts from: a GAN, a VAE and a diffusion model, all trained on the same built-in digits and all told which digit to draw, each draw the same class. A good generative model gives both quality (each sample looks like a real digit) and variety (together they cover the ways real digits differ). Look at the grids, then at the numbers.
lineup-title = The same digit from three families
lineup-lede = Each family draws 16 of the class picked, from fixed seeds; the last column is 16 real digits of that class for comparison. Under each grid: how many the classifier reads as the class asked for, and how long the 16 took on this device.
lineup-loaded = Models loaded: GAN { $gan } parameters, VAE { $vae }, diffusion U-Net { $unet }, with the classifier { $kb } kB in all (f16).
lineup-pick-aria = Digit class to draw
lineup-each = one of each
lineup-class = class { $c }
lineup-again = Draw again
lineup-info = { $what }, seed { $seed }: drawn and judged in { $seconds } s
lineup-progress = Drawing { $done } of { $total } samples ({ $who })…
lineup-gan = GAN
lineup-vae = VAE
lineup-diffusion = Diffusion
lineup-real = Real digits
lineup-one-pass = one pass through the network
lineup-chain = DDIM, { $steps } denoising steps, guidance w = { $w }
lineup-real-sub = drawn apart from the reference
lineup-reads = { $hits } of { $n } read as asked
lineup-ms = 16 in { $ms } ms
lineup-alt = { $who }: { $n } samples of { $what }. The classifier reads { $reads }.

lineup-table-title = Variety, measured
lineup-table-lede = { $n } samples of each family (the 16 above and more), and { $n } real digits drawn apart, judged the same way against the same { $n } real digits of these classes, all in the classifier's feature space. The real digits' column is what "as good as real" reads at this size.
lineup-share = Read as asked
lineup-share-hint = the share the classifier reads as the class asked for
lineup-spread = Spread
lineup-spread-hint = mean distance between two samples, relative to real digits' (1 = as varied as real; below 1, samples too alike)
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
lineup-verdict-real = Real digits drawn apart score precision { $p } and recall { $r } at this size: the ceiling to read the others against.
