## The flow matching page
flow-intro-a = Flow matching learns a{" "}
flow-intro-velocity = velocity
flow-intro-b = {" "}instead of a noise: draw a straight line from each data point x_0 to a noise sample ε,{" "}
flow-intro-c = , and train a network to predict the line's velocity,{" "}
flow-intro-d = {"."} Sampling follows the learned velocity from noise (t = 1) back to data (t = 0): an ordinary differential equation, with no noise added on the way — and because it is an ODE, the model's exact likelihood can be computed.
flow-straightness = Path length / straight line (50 Euler steps)
flow-straightness-hint = 1 = straight; the DDPM's deterministic DDIM paths are shown on its page
flow-loglik = Log-likelihood of held-out data (exact)
flow-loglik-hint = higher is better
flow-loglik-off = turn on “exact density”
flow-loglik-value = { $nats } nats (step { $step })

flow-path-title = The straight path { $path }
flow-path-lede = Grey: the data x_0. Blue: each point moved a fraction t of the way to its own noise ε, on a straight line; orange: a few whole lines. Every line is walked at the constant velocity ε − x_0, which is what the network learns to predict. The lines cross: at a crossing the network only sees x_t, so it learns their average — the flow it learns bends there.
flow-path-t = Time t on the path

flow-stale = The model was trained with other settings (pairing, size or optimiser). Its samples follow the old settings.
flow-model-title = Velocity network v_θ(x_t, t)
flow-model-lede = An MLP on [x_t, sinusoidal embedding of t] predicting the velocity ε − x_0: { $layers } hidden layer(s) of { $hidden } units, { $params } parameters. Before training, a changed setting applies at once; after training, the model is kept until you retrain it.
flow-pairing = Pairing of noise and data
flow-pairs-independent = independent pairs
flow-pairs-ot = optimal-transport pairs
flow-pairs-independent-hint = Each data point is paired with a random ε: the straight lines cross, so the learned flow bends.
flow-pairs-ot-hint = Within each batch (blocks of 64), noise is matched to data by the cheapest assignment: the lines no longer cross, the flow is nearly straight, and a few Euler steps suffice. Each step costs a little more.
flow-lr = Learning rate (log₁₀)
flow-lr-hint = Adam's step size
flow-batch = Batch
flow-width = Width
flow-depth = Hidden layers

flow-solve-title = Sampling: dx/dt = v_θ(x, t) from t = 1 to 0
flow-solve-lede = Start from 2,000 points of noise x_1 ~ N(0, I) and follow the learned velocity backwards in time. Orange lines follow a few points; green arrows show −v̂, where the flow moves points at this t. Unlike the DDPM's reverse step, no noise is added: the path is a deterministic ODE.
flow-solver-euler = Euler (1 call a step)
flow-solver-heun = Heun (2 calls a step)
flow-ode-steps = ODE steps
flow-ode-steps-hint = try 1, 2 and 5 with optimal-transport pairs
flow-solving = Solving…
flow-solve = Solve the ODE
flow-showing-x0 = showing x̂_0
flow-showing-xt = showing x_t
flow-trails = trajectories
flow-field = velocity field
flow-density = exact density
flow-canvas-empty = Train a little, then solve the ODE
flow-label-samples = samples x_0
flow-label-x0 = x̂_0 = x_t − t·v̂ at t = { $t }
flow-label-xt = x_t at t = { $t }
flow-label-frame = { $what }   (frame { $frame }/{ $frames })
flow-sampling-step = Sampling step
flow-no-solve = no solve yet
flow-solve-info = { $n } points, { $frames } frames, solved at training step { $step } with { $solver } ({ $steps } steps) in { $seconds } s. Paths are { $ratio }× as long as straight lines (1 = straight).
flow-density-info = Blue: the model's log-density log p_θ(x), exact by the change of variables along the ODE (log p_0(x) = log N(x_1; 0, I) + ∫ ∇·v_θ dt), shaded over the 8 nats below its peak, at training step { $step }.
flow-density-computing = Computing the density…
flow-alt-path = x_t at t = { $t }
