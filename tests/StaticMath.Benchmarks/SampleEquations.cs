namespace StaticMath.Benchmarks;

/// <summary>A fixed mix of the TeX that math blogs write: inline symbols, fractions, scripts, big operators,
/// delimiters and a few environments. Fixed so that runs are comparable across commits.</summary>
internal static class SampleEquations
{
    public static readonly string[] Inline =
    [
        @"x",
        @"\alpha_i",
        @"\nabla_x \log p_t(x)",
        @"\mathbb{R}^d",
        @"x_t = \sqrt{\bar\alpha_t}\,x_0 + \sqrt{1-\bar\alpha_t}\,\epsilon",
        @"\mathcal{N}(0, I)",
        @"p_\theta(x_{t-1}\mid x_t)",
        @"\mathbb{E}_{q}[\|\epsilon - \epsilon_\theta\|^2]",
        @"f'(x) = \lim_{h\to 0} \frac{f(x+h)-f(x)}{h}",
        @"\sum_{i=1}^n i = \frac{n(n+1)}{2}",
    ];

    public static readonly string[] Display =
    [
        @"\sum_{i=1}^n \frac{x_i^2}{\sqrt{1+\alpha_i}}",
        @"\mathrm{d}x_t = f(x_t,t)\,\mathrm{d}t + g(t)\,\mathrm{d}w_t,\qquad x_0 \sim p_0",
        @"\partial_t p_t(x) = -\nabla_x \cdot \left(f(x,t)p_t(x)\right) + \frac{1}{2} g(t)^2 \Delta_x p_t(x)",
        @"\int_{-\infty}^{\infty} e^{-x^2}\,dx = \sqrt{\pi}",
        @"\begin{aligned} a &= b + c \\ d &= \frac{e}{f} \end{aligned}",
        @"\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}",
        @"f(x) = \begin{cases} 0 & x < 0 \\ 1 & x \ge 0 \end{cases}",
        @"\mathcal{L}(\theta) = \mathbb{E}_{t, x_0, \epsilon}\left[\left\| \epsilon - \epsilon_\theta\left(\sqrt{\bar\alpha_t} x_0 + \sqrt{1-\bar\alpha_t}\epsilon, t\right)\right\|^2\right]",
        @"\hat{x} = \arg\min_{x} \|Ax - b\|_2^2 + \lambda \|x\|_1",
        @"\binom{n}{k} = \frac{n!}{k!(n-k)!}",
    ];
}
