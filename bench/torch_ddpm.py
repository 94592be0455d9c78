"""The same 2-D DDPM in PyTorch on the same CPU, for the README's side-by-side figures.

Same network (MLP [x_t, sin/cos of t/T at π·2^i, i < 8] → 64 → 64 → 2, ReLU), Adam lr 2e-3,
batch 256, linear β 1e-4 → 0.05 over T = 200 for training; reverse chains on 2,000 points with
T = 1000 (β 1e-4 → 0.02), timed twice: the network as written (embedding per point, concatenated)
and with the embedding folded into the first layer's bias, c_t = e(t) W₁ᵉ + b₁, as GenLab samples
(src/families/diffusion/fold.rs). Run: ./scripts/bench.sh --torch (installs torch in a cache venv);
directly, `python bench/torch_ddpm.py [threads]` (default 2, the machine's cores).
"""
import sys
import time

import torch

torch.set_num_threads(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
torch.manual_seed(1)


def linear_schedule(T, b0, b1):
    betas = torch.linspace(b0, b1, T, dtype=torch.float64)
    return betas, torch.cumprod(1 - betas, 0)


class Eps(torch.nn.Module):
    def __init__(self, width=64, freqs=8):
        super().__init__()
        self.freqs = torch.pi * 2.0 ** torch.arange(freqs, dtype=torch.float32)
        self.net = torch.nn.Sequential(
            torch.nn.Linear(2 + 2 * freqs, width), torch.nn.ReLU(),
            torch.nn.Linear(width, width), torch.nn.ReLU(), torch.nn.Linear(width, 2))

    def embed(self, t_norm):
        a = t_norm[:, None] * self.freqs[None, :]
        return torch.cat([a.sin(), a.cos()], 1)

    def forward(self, x, t_norm):
        return self.net(torch.cat([x, self.embed(t_norm)], 1))

    def folded(self, ts, T):
        """ε_θ(·, t) for each t in ts, the embedding folded into the first layer's bias."""
        first = self.net[0]
        w_x, w_e = first.weight[:, :2].t(), first.weight[:, 2:].t()
        biases = torch.addmm(first.bias, self.embed(torch.tensor(ts, dtype=torch.float32) / T), w_e)
        rest = self.net[1:]
        return lambda x, i: rest(torch.addmm(biases[i], x, w_x))


def data(n):
    k = (torch.rand(n) >= 0.5).float() * 2 - 1
    return torch.stack([2 * k, torch.zeros(n)], 1) + 0.5 * torch.randn(n, 2)


def main():
    T = 200
    betas, abar = linear_schedule(T, 1e-4, 0.05)
    model = Eps()
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    x_all = data(1000)

    def step():
        x0 = x_all[torch.randint(0, 1000, (256,))]
        t = torch.randint(0, T, (256,))
        eps = torch.randn(256, 2)
        ab = abar[t].float()[:, None]
        xt = ab.sqrt() * x0 + (1 - ab).sqrt() * eps
        loss = ((model(xt, t.float() / T) - eps) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss

    for _ in range(20):
        step()
    t0, n = time.perf_counter(), 0
    while time.perf_counter() - t0 < 3.0:
        step().item()
        n += 1
    print(f"pytorch training (readback every step): {n / (time.perf_counter() - t0):.0f} steps/s")
    t0 = time.perf_counter()
    for _ in range(1000):
        step()
    print(f"pytorch 1000 training steps: {time.perf_counter() - t0:.2f} s")

    betas, abar = linear_schedule(1000, 1e-4, 0.02)
    with torch.no_grad():
        finals = {}
        for name in ["natural", "folded"]:
            torch.manual_seed(2)
            t0 = time.perf_counter()
            eps = model.folded(list(range(999, -1, -1)), 1000) if name == "folded" else None
            x = torch.randn(2000, 2)
            for i, t in enumerate(range(999, -1, -1)):
                e = eps(x, i) if eps else model(x, torch.full((2000,), t / 1000.0))
                b, ab = betas[t].item(), abar[t].item()
                x = (x - b / (1 - ab) ** 0.5 * e) / (1 - b) ** 0.5
                if t > 0:
                    var = (1 - abar[t - 1].item()) / (1 - ab) * b
                    x = x + var ** 0.5 * torch.randn_like(x)
            ms = (time.perf_counter() - t0) * 1e3
            print(f"pytorch reverse chain, 2000 points, DDPM 1000 steps, {name}: {ms:.0f} ms")
            finals[name] = x
        gap = (finals["natural"] - finals["folded"]).abs().max().item()
        assert gap < 1e-3, f"folding changed the samples by {gap}"
        t0 = time.perf_counter()
        x = torch.randn(2000, 2)
        ts = [round(1000 - i * 10) - 1 for i in range(100)]
        for i, t in enumerate(ts):
            e = model(x, torch.full((2000,), t / 1000.0))
            ab = abar[t].item()
            ab_prev = abar[ts[i + 1]].item() if i + 1 < len(ts) else 1.0
            x0 = (x - (1 - ab) ** 0.5 * e) / ab ** 0.5
            x = ab_prev ** 0.5 * x0 + (1 - ab_prev) ** 0.5 * e
        print(f"pytorch reverse chain, 2000 points, DDIM 100 steps: {(time.perf_counter() - t0) * 1e3:.0f} ms")


if __name__ == "__main__":
    main()
