import { Modal } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { ImportPreview, ImportReport } from '../../../../shared/portability/importContract';
import { ChooseFileStep } from './ChooseFileStep';
import { MappingStep } from './MappingStep';
import { ReportStep } from './ReportStep';
import { RestoreStep } from './RestoreStep';
import { ReviewStep } from './ReviewStep';
import { StepList } from './StepList';

type Step = 'choose' | 'map' | 'review' | 'report';
const order: Step[] = ['choose', 'map', 'review', 'report'];

/**
 * Choose a file → match its columns → review the rows (likely duplicates, problems) → import
 * → what happened. A JSON export skips the middle: it is restored as a whole or not at all.
 */
export function ImportWizard({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [step, setStep] = useState<Step>('choose');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const isJson = preview?.kind === 'json';
  const steps = [
    'Choose a file',
    isJson ? 'Check the export' : 'Match columns',
    isJson ? 'Restore' : 'Review rows',
    'Done',
  ];
  const active = order.indexOf(step);

  // Each new step takes the focus, so that keyboard and screen-reader users start reading it
  // from the top instead of from wherever the button that led there used to be.
  const body = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    body.current?.focus();
  }, [step]);

  const finished = (r: ImportReport) => {
    setReport(r);
    setStep('report');
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={isJson ? 'Restore a Partnerloom export' : 'Import partners'}
      size="min(1100px, 96vw)"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': 'Close the import' }}
    >
      <StepList active={active} steps={steps} />
      <div
        ref={body}
        tabIndex={-1}
        role="group"
        aria-label={`Step ${active + 1} of ${steps.length}: ${steps[active] ?? ''}`}
        style={{ outline: 'none' }}
      >
        {step === 'choose' && (
          <ChooseFileStep
            onRead={(p) => {
              setPreview(p);
              setStep(p.kind === 'json' ? 'review' : 'map');
            }}
          />
        )}
        {step === 'map' && preview?.kind === 'table' && (
          <MappingStep
            preview={preview}
            onChange={setPreview}
            onBack={() => setStep('choose')}
            onNext={() => setStep('review')}
          />
        )}
        {step === 'review' && preview?.kind === 'table' && (
          <ReviewStep preview={preview} onBack={() => setStep('map')} onDone={finished} />
        )}
        {step === 'review' && preview?.kind === 'json' && (
          <RestoreStep preview={preview} onBack={() => setStep('choose')} onDone={finished} />
        )}
        {step === 'report' && report && <ReportStep report={report} onClose={onClose} />}
      </div>
    </Modal>
  );
}
