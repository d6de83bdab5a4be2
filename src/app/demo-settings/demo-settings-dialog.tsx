import { Modal } from '../../components/ui/modal';
import { ClockSection } from './clock-section';
import { FailureSection } from './failure-section';
import { ScenarioSection } from './scenario-section';
import { SpeedSection } from './speed-section';

type Props = { accountId: string; open: boolean; onOpenChange: (open: boolean) => void };

/**
 * Demo settings (mock mode only, loaded on first open): scenarios, the clock, the speed and a failure
 * on demand, for presenters. Scripted runs have the same in the URL (README: "Demo settings").
 */
export function DemoSettingsDialog({ accountId, open, onOpenChange }: Props) {
  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title="Demo settings"
      description="Simulated data only: nothing here reaches Cloudflare."
    >
      <div className="demo-settings">
        <ScenarioSection accountId={accountId} onReplaced={() => onOpenChange(false)} />
        <ClockSection accountId={accountId} />
        <SpeedSection accountId={accountId} />
        <FailureSection accountId={accountId} />
      </div>
      <div className="modal__actions">
        <button type="button" className="button" onClick={() => onOpenChange(false)}>
          Close
        </button>
      </div>
    </Modal>
  );
}
