//! Each chapter's maths, written in MathML (rendered natively by current browsers). The same
//! in both languages: symbols only, no words but the seed's own terms.

/// The MathML of chapter `id` (a `<math display="block">…</math>` element), if it has maths.
pub fn maths(id: &str) -> Option<&'static str> {
    MATHS.iter().find(|(c, _)| *c == id).map(|(_, m)| *m)
}

/// Pieces used by several formulas.
macro_rules! normal {
    () => {
        "<mi>𝒩</mi>"
    };
}
macro_rules! alpha_bar_t {
    () => {
        "<msub><mover><mi>α</mi><mo>¯</mo></mover><mi>t</mi></msub>"
    };
}
macro_rules! x_t {
    () => {
        "<msub><mi>x</mi><mi>t</mi></msub>"
    };
}
macro_rules! x_0 {
    () => {
        "<msub><mi>x</mi><mn>0</mn></msub>"
    };
}
macro_rules! expect {
    ($under:literal) => {
        concat!("<msub><mi>𝔼</mi><mrow>", $under, "</mrow></msub>")
    };
}
macro_rules! gap {
    () => {
        "<mspace width=\"2em\"></mspace>"
    };
}
/// Two formulas of one chapter go on two rows of a table (`rows!` opens it, `next_row!` starts
/// the second, `end_rows!` closes it): stacked, each fits a tour panel at a readable size,
/// where side by side they had to shrink and were still cut off on a projector.
macro_rules! rows {
    () => {
        "<math display=\"block\"><mtable><mtr><mtd><mrow>"
    };
}
macro_rules! next_row {
    () => {
        "</mrow></mtd></mtr><mtr><mtd><mrow>"
    };
}
macro_rules! end_rows {
    () => {
        "</mrow></mtd></mtr></mtable></math>"
    };
}

const MATHS: &[(&str, &str)] = &[
    (
        "data",
        concat!(
            "<math display=\"block\"><mrow><mi>p</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>",
            "<mi>π</mi>",
            normal!(),
            "<mo>(</mo><mi>x</mi><mo>;</mo><msub><mi>μ</mi><mn>1</mn></msub><mo>,</mo><msup><mi>σ</mi><mn>2</mn></msup><mi>I</mi><mo>)</mo>",
            "<mo>+</mo><mo>(</mo><mn>1</mn><mo>−</mo><mi>π</mi><mo>)</mo>",
            normal!(),
            "<mo>(</mo><mi>x</mi><mo>;</mo><msub><mi>μ</mi><mn>2</mn></msub><mo>,</mo><msup><mi>σ</mi><mn>2</mn></msup><mi>I</mi><mo>)</mo>",
            "</mrow></math>"
        ),
    ),
    (
        "variety",
        concat!(
            "<math display=\"block\"><mrow><msub><mi>p</mi><mi>θ</mi></msub><mo>(</mo><mi>x</mi><mo>)</mo><mo>≈</mo>",
            "<msub><mi>p</mi><mtext>data</mtext></msub><mo>(</mo><mi>x</mi><mo>)</mo></mrow></math>"
        ),
    ),
    (
        "explicit",
        concat!(
            rows!(),
            "<mtext>explicit:</mtext><mspace width=\"0.5em\"></mspace>",
            "<mi>log</mi><msub><mi>p</mi><mi>θ</mi></msub><mo>(</mo><mi>x</mi><mo>)</mo>",
            next_row!(),
            "<mtext>implicit:</mtext><mspace width=\"0.5em\"></mspace>",
            "<mi>x</mi><mo>=</mo><msub><mi>G</mi><mi>θ</mi></msub><mo>(</mo><mi>z</mi><mo>)</mo><mo>,</mo>",
            "<mi>z</mi><mo>∼</mo>",
            normal!(),
            "<mo>(</mo><mn>0</mn><mo>,</mo><mi>I</mi><mo>)</mo>",
            end_rows!()
        ),
    ),
    (
        "metrics",
        concat!(
            rows!(),
            "<mtext>IS</mtext><mo>=</mo><mi>exp</mi><mo>(</mo>",
            expect!("<mi>x</mi>"),
            "<mi>KL</mi><mo>(</mo><mi>p</mi><mo>(</mo><mi>y</mi><mo>|</mo><mi>x</mi><mo>)</mo><mo>‖</mo><mi>p</mi><mo>(</mo><mi>y</mi><mo>)</mo><mo>)</mo><mo>)</mo>",
            next_row!(),
            "<mtext>FID</mtext><mo>=</mo><msup><mrow><mo>‖</mo><msub><mi>μ</mi><mi>r</mi></msub><mo>−</mo><msub><mi>μ</mi><mi>g</mi></msub><mo>‖</mo></mrow><mn>2</mn></msup>",
            "<mo>+</mo><mi>Tr</mi><mo>(</mo><msub><mi>Σ</mi><mi>r</mi></msub><mo>+</mo><msub><mi>Σ</mi><mi>g</mi></msub><mo>−</mo><mn>2</mn>",
            "<msup><mrow><mo>(</mo><msub><mi>Σ</mi><mi>r</mi></msub><msub><mi>Σ</mi><mi>g</mi></msub><mo>)</mo></mrow><mrow><mn>1</mn><mo>/</mo><mn>2</mn></mrow></msup><mo>)</mo>",
            end_rows!()
        ),
    ),
    (
        "gan-game",
        concat!(
            "<math display=\"block\"><mrow><munder><mi>min</mi><mi>G</mi></munder><munder><mi>max</mi><mi>D</mi></munder>",
            expect!("<mi>x</mi><mo>∼</mo><msub><mi>p</mi><mtext>data</mtext></msub>"),
            "<mo>[</mo><mi>log</mi><mi>D</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>]</mo><mo>+</mo>",
            expect!("<mi>z</mi>"),
            "<mo>[</mo><mi>log</mi><mo>(</mo><mn>1</mn><mo>−</mo><mi>D</mi><mo>(</mo><mi>G</mi><mo>(</mo><mi>z</mi><mo>)</mo><mo>)</mo><mo>)</mo><mo>]</mo></mrow></math>"
        ),
    ),
    (
        "vanishing",
        concat!(
            "<math display=\"block\"><mrow><munder><mi>min</mi><mi>G</mi></munder>",
            expect!("<mi>z</mi>"),
            "<mo>[</mo><mi>log</mi><mo>(</mo><mn>1</mn><mo>−</mo><mi>D</mi><mo>(</mo><mi>G</mi><mo>(</mo><mi>z</mi><mo>)</mo><mo>)</mo><mo>)</mo><mo>]</mo>",
            "<mspace width=\"1em\"></mspace><mo>⟶</mo><mspace width=\"1em\"></mspace>",
            "<munder><mi>min</mi><mi>G</mi></munder>",
            expect!("<mi>z</mi>"),
            "<mo>[</mo><mo>−</mo><mi>log</mi><mi>D</mi><mo>(</mo><mi>G</mi><mo>(</mo><mi>z</mi><mo>)</mo><mo>)</mo><mo>]</mo></mrow></math>"
        ),
    ),
    (
        "collapse",
        concat!(
            "<math display=\"block\"><mrow><mo>∀</mo><mi>z</mi><mo>:</mo><mi>G</mi><mo>(</mo><mi>z</mi><mo>)</mo><mo>≈</mo>",
            "<msup><mi>x</mi><mo>⋆</mo></msup></mrow></math>"
        ),
    ),
    (
        "ae-holes",
        concat!(
            rows!(),
            "<mi>z</mi><mo>=</mo><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>,</mo>",
            "<mover><mi>x</mi><mo>^</mo></mover><mo>=</mo><mi>g</mi><mo>(</mo><mi>z</mi><mo>)</mo>",
            next_row!(),
            "<munder><mi>min</mi><mrow><mi>f</mi><mo>,</mo><mi>g</mi></mrow></munder>",
            "<msup><mrow><mo>‖</mo><mi>x</mi><mo>−</mo><mi>g</mi><mo>(</mo><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>)</mo><mo>‖</mo></mrow><mn>2</mn></msup>",
            end_rows!()
        ),
    ),
    (
        "vae",
        concat!(
            "<math display=\"block\"><mrow><mi>log</mi><msub><mi>p</mi><mi>θ</mi></msub><mo>(</mo><mi>x</mi><mo>)</mo><mo>≥</mo>",
            expect!("<msub><mi>q</mi><mi>φ</mi></msub><mo>(</mo><mi>z</mi><mo>|</mo><mi>x</mi><mo>)</mo>"),
            "<mo>[</mo><mi>log</mi><msub><mi>p</mi><mi>θ</mi></msub><mo>(</mo><mi>x</mi><mo>|</mo><mi>z</mi><mo>)</mo><mo>]</mo><mo>−</mo>",
            "<mi>KL</mi><mo>(</mo><msub><mi>q</mi><mi>φ</mi></msub><mo>(</mo><mi>z</mi><mo>|</mo><mi>x</mi><mo>)</mo><mo>‖</mo>",
            normal!(),
            "<mo>(</mo><mn>0</mn><mo>,</mo><mi>I</mi><mo>)</mo><mo>)</mo></mrow></math>"
        ),
    ),
    (
        "forward",
        concat!(
            rows!(),
            "<mi>q</mi><mo>(</mo>",
            x_t!(),
            "<mo>|</mo>",
            x_0!(),
            "<mo>)</mo><mo>=</mo>",
            normal!(),
            "<mo>(</mo><msqrt>",
            alpha_bar_t!(),
            "</msqrt>",
            x_0!(),
            "<mo>,</mo><mo>(</mo><mn>1</mn><mo>−</mo>",
            alpha_bar_t!(),
            "<mo>)</mo><mi>I</mi><mo>)</mo><mo>,</mo>",
            next_row!(),
            alpha_bar_t!(),
            "<mo>=</mo>",
            "<munder><mo>∏</mo><mrow><mi>s</mi><mo>≤</mo><mi>t</mi></mrow></munder><mo>(</mo><mn>1</mn><mo>−</mo><msub><mi>β</mi><mi>s</mi></msub><mo>)</mo>",
            end_rows!()
        ),
    ),
    (
        "reverse",
        concat!(
            rows!(),
            "<msub><mi>p</mi><mi>θ</mi></msub><mo>(</mo><msub><mi>x</mi><mrow><mi>t</mi><mo>−</mo><mn>1</mn></mrow></msub><mo>|</mo>",
            x_t!(),
            "<mo>)</mo>",
            next_row!(),
            "<mi>L</mi><mo>=</mo>",
            "<mi>𝔼</mi>",
            "<msup><mrow><mo>‖</mo><mi>ε</mi><mo>−</mo><msub><mi>ε</mi><mi>θ</mi></msub><mo>(</mo>",
            x_t!(),
            "<mo>,</mo><mi>t</mi><mo>)</mo><mo>‖</mo></mrow><mn>2</mn></msup>",
            "<mo>,</mo>",
            next_row!(),
            x_t!(),
            "<mo>=</mo><msqrt>",
            alpha_bar_t!(),
            "</msqrt>",
            x_0!(),
            "<mo>+</mo><msqrt><mn>1</mn><mo>−</mo>",
            alpha_bar_t!(),
            "</msqrt><mi>ε</mi>",
            end_rows!()
        ),
    ),
    (
        "flow",
        concat!(
            rows!(),
            x_t!(),
            "<mo>=</mo><mo>(</mo><mn>1</mn><mo>−</mo><mi>t</mi><mo>)</mo>",
            x_0!(),
            "<mo>+</mo><mi>t</mi><mi>ε</mi><mo>,</mo>",
            next_row!(),
            "<mi>L</mi><mo>=</mo>",
            "<mi>𝔼</mi>",
            "<msup><mrow><mo>‖</mo><msub><mi>v</mi><mi>θ</mi></msub><mo>(</mo>",
            x_t!(),
            "<mo>,</mo><mi>t</mi><mo>)</mo><mo>−</mo><mo>(</mo><mi>ε</mi><mo>−</mo>",
            x_0!(),
            "<mo>)</mo><mo>‖</mo></mrow><mn>2</mn></msup>",
            end_rows!()
        ),
    ),
    (
        // Kynkäänniemi et al. 2019: precision P and recall R in the classifier's feature space φ,
        // each side's manifold the union of balls to every point's k-th nearest neighbour.
        "digits",
        concat!(
            "<math display=\"block\"><mtable><mtr><mtd><mi>P</mi><mo>=</mo><mfrac><mn>1</mn><mi>M</mi></mfrac><munder><mo>∑</mo><mi>j</mi></munder>",
            "<mn>𝟙</mn><mo>[</mo><mi>φ</mi><mo>(</mo><msub><mi>g</mi><mi>j</mi></msub><mo>)</mo><mo>∈</mo><msub><mi>ℳ</mi><mi>r</mi></msub><mo>]</mo><mo>,</mo>",
            gap!(),
            "<mi>R</mi><mo>=</mo><mfrac><mn>1</mn><mi>N</mi></mfrac><munder><mo>∑</mo><mi>i</mi></munder>",
            "<mn>𝟙</mn><mo>[</mo><mi>φ</mi><mo>(</mo><msub><mi>r</mi><mi>i</mi></msub><mo>)</mo><mo>∈</mo><msub><mi>ℳ</mi><mi>g</mi></msub><mo>]</mo></mtd></mtr>",
            "<mtr><mtd><msub><mi>ℳ</mi><mi>r</mi></msub><mo>=</mo><munder><mo>⋃</mo><mi>i</mi></munder><mi>B</mi><mo>(</mo><mi>φ</mi><mo>(</mo><msub><mi>r</mi><mi>i</mi></msub><mo>)</mo><mo>,</mo>",
            "<msub><mi>d</mi><mi>k</mi></msub><mo>(</mo><msub><mi>r</mi><mi>i</mi></msub><mo>)</mo><mo>)</mo></mtd></mtr></mtable></math>"
        ),
    ),
];
