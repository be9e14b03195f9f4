import type { ReactNode } from 'react';
import type {
  Block,
  DocumentModel,
  Inline,
  SignatureParty,
  TableCell,
} from '../../../../shared/documents/model';
import classes from './DocumentPreview.module.css';

/**
 * A document model drawn as a sheet of paper: the same structure the Word and PDF files get,
 * so the coordinator sees what will be exported while editing the form.
 */
export function DocumentPreview({ model }: { model: DocumentModel }) {
  return (
    <article
      className={classes.sheet}
      aria-label={`Preview of ${model.meta.title}`}
      lang={model.meta.language}
      data-orientation={model.orientation ?? 'portrait'}
    >
      {model.header && <p className={classes.header}>{model.header}</p>}
      <div className={classes.body}>
        {model.blocks.map((block, i) => (
          <PreviewBlock key={i} block={block} />
        ))}
      </div>
      {model.footer.text && <p className={classes.footer}>{model.footer.text}</p>}
    </article>
  );
}

function Runs({ runs }: { runs: Inline[] }): ReactNode {
  return runs.map((run, i) => {
    if (typeof run === 'string') return <span key={i}>{run}</span>;
    let node: ReactNode = run.text;
    if (run.italics) node = <em>{node}</em>;
    if (run.bold) node = <strong>{node}</strong>;
    return <span key={i}>{node}</span>;
  });
}

function Cell({ cell, header }: { cell: TableCell; header: boolean }) {
  const style = {
    textAlign: cell.align ?? 'left',
    ...(cell.fill ? { background: cell.fill } : {}),
    ...(cell.color ? { color: cell.color } : {}),
  } as const;
  return header ? (
    <th scope="col" style={style}>
      <Runs runs={cell.runs} />
    </th>
  ) : (
    <td style={style}>
      <Runs runs={cell.runs} />
    </td>
  );
}

function Signature({ party }: { party: SignatureParty }) {
  return (
    <div className={classes.signature}>
      <p className={classes.signatureHeading}>{party.heading}</p>
      <div className={classes.signatureLine} aria-hidden="true" />
      <p className={classes.signatureLabel}>{party.signatureLabel}</p>
      {party.name && <p className={classes.strong}>{party.name}</p>}
      {party.position && <p>{party.position}</p>}
      {party.organisation && <p>{party.organisation}</p>}
      <p className={classes.fillIn}>
        <strong>{party.placeLabel}:</strong> {party.place ?? '____________________'}
      </p>
      <p className={classes.fillIn}>
        <strong>{party.dateLabel}:</strong> ____________________
      </p>
    </div>
  );
}

function PreviewBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case 'title':
      return (
        <header className={classes.titleBlock}>
          <h2 className={classes.title}>{block.text}</h2>
          {block.subtitle && <p className={classes.subtitle}>{block.subtitle}</p>}
        </header>
      );
    case 'heading':
      return block.level === 1 ? (
        <h3 className={classes.h1}>{block.text}</h3>
      ) : (
        <h4 className={classes.h2}>{block.text}</h4>
      );
    case 'paragraph':
      return (
        <p
          className={`${classes.paragraph} ${block.tone ? classes[block.tone] : ''}`}
          style={{ textAlign: block.align ?? 'left' }}
        >
          <Runs runs={block.runs} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <Runs runs={item} />
        </li>
      ));
      return block.ordered ? (
        <ol className={classes.list}>{items}</ol>
      ) : (
        <ul className={classes.list}>{items}</ul>
      );
    }
    case 'fields':
      return (
        <dl className={classes.fields}>
          {block.rows.map((row, i) => (
            <div key={i} className={classes.field}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table': {
      const total = (block.widths ?? block.header.map(() => 1)).reduce((a, b) => a + b, 0);
      return (
        <table className={block.dense ? `${classes.table} ${classes.dense}` : classes.table}>
          {block.caption && <caption className={classes.caption}>{block.caption}</caption>}
          {block.widths && (
            <colgroup>
              {block.widths.map((w, i) => (
                <col key={i} style={{ width: `${(100 * w) / total}%` }} />
              ))}
            </colgroup>
          )}
          <thead>
            <tr>
              {block.header.map((c, i) => (
                <Cell key={i} cell={c} header />
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((c, i) => (
                  <Cell key={i} cell={c} header={false} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    case 'signatures':
      return (
        <div className={classes.signatures}>
          {block.parties.map((p, i) => (
            <Signature key={i} party={p} />
          ))}
        </div>
      );
    case 'columns': {
      const total = block.columns.reduce((sum, c) => sum + c.width, 0) || 1;
      return (
        <div className={classes.columns}>
          {block.columns.map((c, i) => (
            <div key={i} style={{ flex: `${c.width / total} 1 0` }}>
              {c.blocks.map((b, j) => (
                <PreviewBlock key={j} block={b} />
              ))}
            </div>
          ))}
        </div>
      );
    }
    case 'pageBreak':
      return <hr className={classes.pageBreak} />;
  }
}
