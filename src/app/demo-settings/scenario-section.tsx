import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { SCENARIO_CATALOGUE } from '../../../mocks/scenarios/catalogue';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { certificateKeys } from '../../features/certificates/api/certificate-keys';
import { certificatesPath } from '../../features/certificates/paths';
import { applyScenario } from './demo-api';
import { demoSettingsKeys } from './demo-settings-keys';

type Props = { accountId: string; onReplaced: () => void };

/** The eight scenarios, a line each; choosing one replaces the account's data after a confirmation. */
export function ScenarioSection({ accountId, onReplaced }: Props) {
  const [chosen, setChosen] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const headingId = useId();
  const replace = useMutation({
    mutationFn: (name: string) => applyScenario(accountId, name),
    onSuccess: async () => {
      await navigate(certificatesPath(accountId));
      await Promise.all([
        queryClient.resetQueries({ queryKey: certificateKeys.account(accountId) }),
        queryClient.invalidateQueries({ queryKey: demoSettingsKeys.all(accountId) }),
      ]);
    },
  });

  return (
    <section className="demo-settings__section" aria-labelledby={headingId}>
      <h3 id={headingId}>Scenarios</h3>
      <ul className="demo-settings__scenarios">
        {SCENARIO_CATALOGUE.map((scenario) => (
          <li key={scenario.name}>
            <button
              type="button"
              className="button button--small"
              aria-describedby={`${headingId}-${scenario.name}`}
              onClick={() => setChosen(scenario.name)}
            >
              {scenario.name}
            </button>
            <span id={`${headingId}-${scenario.name}`} className="muted">
              {scenario.summary}
            </span>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={chosen !== null}
        onOpenChange={(open) => !open && setChosen(null)}
        title={`Replace the demo data with "${chosen ?? ''}"?`}
        description="This account's certificates and settings are replaced by the scenario's. What was done here so far is lost."
        confirmLabel="Replace data"
        pendingLabel="Replacing…"
        confirmClassName="button button--danger-solid"
        pending={replace.isPending}
        error={replace.error}
        onDismiss={replace.reset}
        onConfirm={() =>
          chosen &&
          replace.mutate(chosen, {
            onSuccess: () => {
              setChosen(null);
              onReplaced();
            },
          })
        }
      >
        <p className="muted">The demo clock and speed stay as they are; a scenario may set its own speed.</p>
      </ConfirmDialog>
    </section>
  );
}
