// Common commands of the quiz bank and their plain-text look; anything else loses its backslash.
const SYMBOLS: Record<string, string> = {
  top: 'ᵀ', cdot: '·', times: '×', infty: '∞', mid: '|', le: '≤', leq: '≤', ge: '≥', geq: '≥', ne: '≠', neq: '≠',
  approx: '≈', to: '→', rightarrow: '→', leftarrow: '←', in: '∈', sum: 'Σ', prod: 'Π', dots: '…', ldots: '…', cdots: '⋯',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', eta: 'η', theta: 'θ', lambda: 'λ',
  mu: 'μ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', phi: 'φ', Phi: 'Φ', Sigma: 'Σ', Delta: 'Δ', ell: 'ℓ', quad: ' ', qquad: ' ',
};

/**
 * A TeX formula as readable plain text for short excerpts (√d_k, QKᵀ, a/b), not typeset: the
 * progress page lists many questions and should not carry KaTeX markup for each.
 */
export function texToPlain(tex: string): string {
  let text = tex;
  // innermost first, so that nested groups come out right
  for (let i = 0; i < 4; i++) {
    text = text
      .replace(/\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}/g, '($1)/($2)')
      .replace(/\\sqrt\{([^{}]*)\}/g, '√$1')
      .replace(/\\(?:mathrm|mathbf|mathit|text|operatorname|mathcal)\{([^{}]*)\}/g, '$1')
      .replace(/\\mathbb\s*\{?R\}?/g, 'ℝ');
  }
  return text
    .replace(/\\(?:Big|big|Bigg|bigg|left|right)[lr]?/g, '')
    .replace(/\\([a-zA-Z]+)/g, (_whole, name: string) => SYMBOLS[name] ?? name)
    .replace(/\\!/g, '')
    .replace(/\\[,;: ]/g, ' ')
    .replace(/\(([A-Za-z0-9_]+)\)\/\(([A-Za-z0-9_]+)\)/g, '$1/$2')
    .replace(/[{}]/g, '')
    .replace(/\^ᵀ/g, 'ᵀ')
    .replace(/\s*([·×=≈≤≥≠→])\s*/g, ' $1 ')
    .replace(/\s+/g, ' ')
    .trim();
}
