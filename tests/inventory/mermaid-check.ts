// Checks a Mermaid flowchart against the subset of the syntax the inventory's diagram uses.

const ID = /^[a-z][a-z0-9]*$/;
const LABEL = /^[^"<>`\n]*$/;

/** The problems of a flowchart, by the subset of Mermaid syntax the report uses. */
export function mermaidProblems(block: string): string[] {
  const lines = block.split('\n');
  const problems: string[] = [];
  if (lines[0] !== '```mermaid' || lines[1] !== 'flowchart LR' || lines.at(-1) !== '```') problems.push('not a fenced flowchart LR block');
  const declared = new Set<string>();
  let depth = 0;
  for (const line of lines.slice(2, -1).map((text) => text.trim())) {
    let match: RegExpExecArray | null;
    if ((match = /^subgraph (\S+)\["(.*)"\]$/.exec(line))) {
      depth++;
      declared.add(match[1]!);
      if (!ID.test(match[1]!) || !LABEL.test(match[2]!)) problems.push(`bad subgraph: ${line}`);
    } else if (line === 'end') {
      depth--;
    } else if (line === 'direction LR') {
      continue;
    } else if ((match = /^(\S+)\[\(?"(.*)"\)?\]$/.exec(line))) {
      declared.add(match[1]!);
      if (!ID.test(match[1]!) || !LABEL.test(match[2]!)) problems.push(`bad node: ${line}`);
    } else if ((match = /^(\S+) (?:-->\|"(.*)"\||-\.->) (\S+)$/.exec(line))) {
      if (!declared.has(match[1]!) || !declared.has(match[3]!)) problems.push(`edge between undeclared nodes: ${line}`);
      if (match[2] !== undefined && !LABEL.test(match[2])) problems.push(`bad edge label: ${line}`);
    } else if ((match = /^class (\S+) warning;$/.exec(line))) {
      for (const id of match[1]!.split(',')) if (!declared.has(id)) problems.push(`class on undeclared node ${id}`);
    } else if (!/^classDef warning [^;]+;$/.test(line)) {
      problems.push(`unexpected line: ${line}`);
    }
    if (depth < 0 || depth > 1) problems.push(`unbalanced subgraph at: ${line}`);
  }
  if (depth !== 0) problems.push('a subgraph is not closed');
  return problems;
}
