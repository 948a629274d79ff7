// Renders the tree of markdown-tree.ts as Preact elements. Every string becomes a text node; there is
// no path from the source to innerHTML. Headings sit below the sidebar's own (h2, h3) levels.
import type { ComponentChildren } from 'preact';
import { parseMarkdown, type Block, type Inline } from './markdown-tree.ts';

function Inlines({ nodes }: { nodes: readonly Inline[] }): ComponentChildren {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'strong':
        return (
          <strong key={i}>
            <Inlines nodes={node.children} />
          </strong>
        );
      case 'em':
        return (
          <em key={i}>
            <Inlines nodes={node.children} />
          </em>
        );
      case 'link':
        return node.href === null ? (
          <span key={i}>
            <Inlines nodes={node.children} />
          </span>
        ) : (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">
            <Inlines nodes={node.children} />
          </a>
        );
    }
  });
}

function Heading({ level, children }: { level: number; children: ComponentChildren }) {
  if (level <= 1) return <h4>{children}</h4>;
  if (level === 2) return <h5>{children}</h5>;
  return <h6>{children}</h6>;
}

function Blocks({ blocks }: { blocks: readonly Block[] }): ComponentChildren {
  return blocks.map((block, i) => {
    switch (block.type) {
      case 'heading':
        return (
          <Heading key={i} level={block.level}>
            <Inlines nodes={block.children} />
          </Heading>
        );
      case 'paragraph':
        return (
          <p key={i}>
            <Inlines nodes={block.children} />
          </p>
        );
      case 'quote':
        return (
          <blockquote key={i}>
            <Blocks blocks={block.children} />
          </blockquote>
        );
      case 'code':
        return (
          <pre key={i}>
            <code>{block.text}</code>
          </pre>
        );
      case 'list': {
        const items = block.items.map((item, j) => (
          <li key={j}>
            <Inlines nodes={item} />
          </li>
        ));
        return block.ordered ? (
          <ol key={i} start={block.start}>
            {items}
          </ol>
        ) : (
          <ul key={i}>{items}</ul>
        );
      }
      case 'table':
        return (
          <div key={i} class="cd-md-table">
            <table>
              <thead>
                <tr>
                  {block.head.map((cell, j) => (
                    <th key={j} scope="col">
                      <Inlines nodes={cell} />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((row, j) => (
                  <tr key={j}>
                    {row.map((cell, k) => (
                      <td key={k}>
                        <Inlines nodes={cell} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
    }
  });
}

export function MarkdownView({ source }: { source: string }) {
  return (
    <div class="cd-md">
      <Blocks blocks={parseMarkdown(source)} />
    </div>
  );
}
