## Shared controls: data page, training controls, history bar, quality panel

# Data panel
ui-data-title = Data
ui-data-lede = The distribution every model on this site learns to sample from. Each colour is one mode (mixture component).
ui-scatter-aria = Scatter plot of the training data
ui-caption = { $kind } · { $n } points
ui-caption-modes = { $modes } modes
ui-caption-samples = × = { $n } model samples (step { $step })
ui-dataset = Dataset
ui-points = Points
ui-separation = Separation
ui-size = Size
ui-separation-hint = Distance between the cluster centres
ui-spread = Spread (σ)
ui-noise = Noise
ui-weight = Left-cluster share
ui-weight-hint = Mixture weight of the left cluster
ui-seed = Seed
ui-new-seed = New seed
ui-drawing = Drawing: click the plot
ui-draw = Draw points
ui-clear = Clear
ui-import = Import CSV
ui-csv-hint = CSV: one x,y pair per row (a header row is fine), at most { $rows } rows.

# Dataset names
ui-dataset-two-clusters = Two clusters
ui-dataset-eight-gaussians = Eight Gaussians
ui-dataset-ring = Ring
ui-dataset-two-moons = Two moons
ui-dataset-spiral = Spiral
ui-dataset-checkerboard = Checkerboard
ui-dataset-custom = Drawn / imported

# Device names
ui-device-auto = Auto (fastest measured)
ui-device-webgpu = WebGPU
ui-device-cpu = CPU

# Device & training panel
ui-train-title = Device & training
ui-train-lede = Training runs in a web worker, never on this page's thread. The model is a small diffusion model: an MLP ({ $layers } × { $hidden }) that learns to predict the noise added to a point.
ui-device = Device
ui-probe-device = device
ui-probe-rate = steps/s
ui-probe-first = first step
ui-restart-worker = Restart the worker
ui-sample-1000 = Sample 1000

# Training controls
ui-train = ▶ Train
ui-pause = ❚❚ Pause
ui-step10 = Step ×10
ui-reset = Reset
ui-retrain = Retrain with these settings
ui-readout-step = step
ui-readout-speed = speed
ui-readout-rate = steps/s
ui-readout-loss = loss

# Training history
ui-history-empty = Training history: copies of the model are kept while it trains; train a little to scrub back through them.
ui-history-title = Training history
ui-history-aria = Training history: moment shown
ui-history-live = Live
ui-history-resume = Resume from here
ui-history-resume-hint = Train on from this moment: the later history is dropped
ui-history-viewing = viewing step { $step } ({ $seconds } s of training) — training paused; the live model is at step { $live }
ui-history-live-label = live: step { $step } · { $n } copies kept, from step { $first } to { $last }

# Sample quality
ui-quality-title = Sample quality
ui-quality-empty = Train, or sample, to measure the model: the worker scores 1,000 fresh samples every 1.5 s of training.
ui-mode = mode { $k }
ui-true-weight = true weight
ui-share = { $share } % (true { $weight } %)
ui-verdict-pass = ✓ meets the quality bar
ui-verdict-fail = ✗ not yet at the quality bar
ui-verdict-step = (step { $step })
ui-coverage-hint = Mode coverage: share of samples nearest each centre; the tick is the true weight (bar: ±{ $tol }). { $near } % of samples lie within 3σ of a centre (bar: { $min } %).
ui-mmd-label = MMD² (RBF, median bandwidth)
ui-mmd-bar = bar < { $bar }
ui-frechet-label = Fréchet distance (2-D analogue of FID)
ui-lower-better = lower is better
ui-frechet-note = The Fréchet distance compares only a Gaussian fit (mean and covariance): one wide Gaussian over both clusters can score well while missing both modes — which is why coverage is shown beside it.
